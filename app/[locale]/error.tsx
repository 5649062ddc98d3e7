"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Container } from "@/components/layout/container";
import { Button } from "@/components/ui/button";

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** Shown when a page fails to render; the header and footer around it keep working. */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  const t = useTranslations("Error");
  useEffect(() => {
    // The server logged the full error; the digest lets an operator find that log entry.
    console.error(error.digest ?? error.message);
  }, [error]);

  return (
    <Container width="prose">
      <div className="mb-10 flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">
          {t("title")}
        </h1>
        <p className="max-w-prose text-lg text-slate-700 dark:text-slate-300">{t("body")}</p>
        {error.digest ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t("reference", { digest: error.digest })}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={reset}>{t("retry")}</Button>
        <Button href="/" variant="secondary">
          {t("homeLink")}
        </Button>
      </div>
    </Container>
  );
}
