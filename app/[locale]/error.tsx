"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { Container } from "@/components/layout/container";
import { ErrorReference } from "@/components/layout/error-reference";
import { useDatabaseOutage } from "@/components/layout/use-database-outage";
import { Button } from "@/components/ui/button";
import { publicRoutes } from "@/lib/routes";

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
  /** Next.js 16: refreshes the server components and resets the boundary in one transition. */
  retry?: () => void;
}

/**
 * Shown when a page fails to render; the header and footer around it keep working. When the
 * database is unreachable (asked of the health endpoint: the error itself reaches the browser
 * without its message) it says so, and that nothing saved before is lost. The error reference
 * lets an operator find the server's log entry.
 */
export default function ErrorPage({ error, reset, retry }: ErrorPageProps) {
  const t = useTranslations("Error");
  const router = useRouter();
  const { outage } = useDatabaseOutage();
  useEffect(() => {
    // The server logged the full error; the digest lets an operator find that log entry.
    console.error(error.digest ?? error.message);
  }, [error]);

  const tryAgain = () => {
    if (retry) return retry();
    // Re-render the server components too: resetting the boundary alone would show the same error.
    startTransition(() => {
      router.refresh();
      reset();
    });
  };

  return (
    <Container width="prose">
      <div className="mb-10 flex flex-col gap-4" aria-live="polite">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">
          {outage ? t("outageTitle") : t("title")}
        </h1>
        <p className="max-w-prose text-lg text-slate-700 dark:text-slate-300">
          {outage ? t("outageBody") : t("body")}
        </p>
        <ErrorReference digest={error.digest} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={tryAgain}>{t("retry")}</Button>
        <Button href={publicRoutes.home()} variant="secondary">
          {t("homeLink")}
        </Button>
      </div>
    </Container>
  );
}
