"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { transitionContentAction } from "@/lib/actions/content/transition-content";
import { initialFormState } from "@/lib/actions/staff-action-state";

interface ReviewPublishFormProps {
  type: "prisoner" | "publication";
  id: string;
  version: number;
  /** Id of the row's title, so the button reads "Publish, <title>" to a screen reader. */
  describedBy: string;
}

/**
 * The review queue's one-button form for the common decision: publish, at the version the queue
 * showed. It posts to the same workflow action as the item's page (which authorises and checks
 * the version again); anything needing a note or a return to draft is done on the item's page.
 */
export function ReviewPublishForm({ type, id, version, describedBy }: ReviewPublishFormProps) {
  const t = useTranslations("Workflow");
  const [result, action, pending] = useActionState(transitionContentAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="note" value="" />
      {result.status === "error" || result.status === "invalid" ? (
        <Alert tone="error" announce>
          {result.message}
        </Alert>
      ) : null}
      <Button
        type="submit"
        name="to"
        value="PUBLISHED"
        disabled={pending || result.status === "success"}
        aria-describedby={describedBy}
      >
        {t("moves.PUBLISHED")}
      </Button>
    </form>
  );
}
