"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef, useState } from "react";
import { ErrorReference } from "@/components/layout/error-reference";
import { useDatabaseOutage } from "@/components/layout/use-database-outage";
import { Button } from "@/components/ui/button";
import { dashboardRoutes } from "@/lib/routes";

interface DashboardErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  /** Next.js 16: refreshes the server components and resets the boundary in one transition. */
  retry?: () => void;
}

/**
 * A dashboard page that fails to render: shown inside the dashboard layout, so the staff
 * navigation stays and every other page is one click away, instead of the public error page
 * replacing the whole dashboard. It says what happened (the database unreachable, asked of the
 * health endpoint, or an error), that nothing saved before is lost, and the error reference an
 * operator finds in the server log.
 */
export default function DashboardError({ error, reset, retry }: DashboardErrorProps) {
  const t = useTranslations("OutageError");
  const tError = useTranslations("Error");
  const router = useRouter();
  const { outage, recheck } = useDatabaseOutage();
  const [stillDown, setStillDown] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The server logged the full error; the digest lets an operator find that log entry.
    console.error(error.digest ?? error.message);
    heading.current?.focus();
  }, [error]);

  const tryAgain = async () => {
    // While the database is still away, a refresh would re-render the dashboard layout too, which
    // needs the database for the session: it would fail above this boundary and take the staff
    // navigation with it. So say "still unreachable" here instead, and refresh once it is back.
    if ((await recheck()) === true) {
      setStillDown((count) => count + 1);
      return;
    }
    if (retry) return retry();
    startTransition(() => {
      router.refresh();
      reset();
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <title>{outage ? t("outageTitle") : t("dashboardTitle")}</title>
      <div className="flex flex-col gap-4" aria-live="polite">
        <h1
          ref={heading}
          tabIndex={-1}
          className="text-3xl font-bold tracking-tight text-slate-900 focus:outline-none sm:text-4xl dark:text-slate-50"
        >
          {outage ? t("outageTitle") : t("dashboardTitle")}
        </h1>
        <p className="max-w-prose text-lg text-slate-700 dark:text-slate-300">
          {outage ? t("outageBody") : t("dashboardBody")}
        </p>
        {stillDown > 0 ? (
          // Inside the live region: each press's answer is a new node, read out again.
          <p key={stillDown} className="font-semibold text-slate-900 dark:text-slate-50">
            {t("stillDown")}
          </p>
        ) : null}
        <ErrorReference digest={error.digest} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => void tryAgain()}>{tError("retry")}</Button>
        <Button href={dashboardRoutes.home()} variant="secondary">
          {t("dashboardHome")}
        </Button>
      </div>
    </div>
  );
}
