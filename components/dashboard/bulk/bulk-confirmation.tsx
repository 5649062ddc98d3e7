"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { BulkOutcome } from "@/lib/validation/bulk";

/** The level of the confirmation's heading: below the page's h1, or below a section's h2. */
export type BulkHeadingLevel = 2 | 3;

/**
 * The confirmation step of a bulk action: the server's question with the count it will act on
 * ("Invalidate 80 signatures?"), and "Yes" / "Cancel". Both are submit buttons of the bulk form,
 * so the selection and the operation's fields go with them, with or without JavaScript. Focus
 * moves here when it appears, so that a keyboard user answers it next. Its heading is one level
 * below the section the form is in (`headingLevel`: 2 right under the page's h1), so that no
 * level is skipped in the page's outline.
 */
export function BulkConfirmation({
  outcome,
  idPrefix,
  pending,
  headingLevel,
}: {
  outcome: Extract<BulkOutcome, { stage: "confirm" }>;
  idPrefix: string;
  pending: boolean;
  headingLevel: BulkHeadingLevel;
}) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations("Bulk");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [outcome]);
  const headingId = `${idPrefix}confirm-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50"
      data-testid="bulk-confirmation"
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="font-semibold">
        {outcome.question}
      </Heading>
      {outcome.changedFrom !== null ? (
        <p>{t("countChanged", { before: outcome.changedFrom, count: outcome.count })}</p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          name="confirm"
          value={`${outcome.op}:${outcome.count}`}
          disabled={pending}
        >
          {t("confirm")}
        </Button>
        <Button type="submit" name="cancel" value="1" variant="secondary" disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
}
