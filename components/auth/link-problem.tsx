import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";

/** What an expired, used, withdrawn or mistyped e-mail link shows instead of its form. */
export function LinkProblem({
  message,
  linkHref,
  linkText,
}: {
  message: ReactNode;
  linkHref: string;
  linkText: ReactNode;
}) {
  return (
    <Alert tone="error" title={message}>
      <TextLink href={linkHref}>{linkText}</TextLink>
    </Alert>
  );
}
