"use client";

import { useTranslations } from "next-intl";

interface ErrorReferenceProps {
  /** Next.js's digest of the server error; nothing is shown without one (a client-side error). */
  digest: string | undefined;
}

/**
 * The error reference under a page that failed to render: the digest is all the browser gets of a
 * server error, and it is what an operator searches the server log for. One component for the
 * public and the dashboard error pages, so both word and show it alike.
 */
export function ErrorReference({ digest }: ErrorReferenceProps) {
  const t = useTranslations("Error");
  if (!digest) return null;
  return <p className="text-sm text-slate-700 dark:text-slate-300">{t("reference", { digest })}</p>;
}
