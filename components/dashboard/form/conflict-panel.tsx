"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  ConflictComparison,
  useComparison,
  useInBrowser,
} from "@/components/dashboard/form/conflict-comparison";
import type { MergeChoice } from "@/components/dashboard/form/conflict-merge";
import { ConflictNotice, type ConflictDetails } from "@/components/dashboard/form/conflict-notice";
import type { FormValues } from "@/lib/actions/staff-action-state";

interface ConflictPanelProps {
  id: string;
  conflict: ConflictDetails;
  /** Changes with every submission: a new conflict takes focus again. */
  submissionKey: unknown;
  /** What the editor submitted (and, after "take theirs", what the form no longer holds). */
  mine: FormValues;
  /** The stored values, once the page has been re-read; null until then (or without JavaScript). */
  theirs: FormValues | null;
  /** The form's id: "keep mine" is that form's own save button. */
  formId: string;
  fieldLabel?: (path: string[]) => string;
  /** True once the editor took their version: the panel keeps showing what was discarded. */
  tookTheirs: boolean;
  onTakeTheirs: () => void;
  onMerge: (choices: Record<string, MergeChoice>) => void;
}

/**
 * Someone else saved the item while the editor was editing it, so the save was refused. The panel
 * takes focus when it appears, says who saved and when, and compares the two versions field by
 * field (only the fields that differ, in the form's words). The editor then keeps their values,
 * takes the other version (what they typed stays listed here until they leave the page), or
 * chooses per field and saves the merge. Nothing typed is lost on any path.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { id, conflict, mine, theirs, formId, fieldLabel, tookTheirs, submissionKey } = props;
  const t = useTranslations("EditorForm");
  const format = useFormatter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tookRef = useRef<HTMLParagraphElement>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const comparison = useComparison(formId, mine, theirs, fieldLabel);
  // "Take theirs" and the merge run in the browser; without JavaScript, "keep mine" (a plain
  // submit) and the comparison remain.
  const interactive = useInBrowser() && theirs !== null;

  // A new conflict (a new submission) moves focus here, wherever on the long form the editor was.
  useEffect(() => {
    headingRef.current?.focus();
  }, [submissionKey]);
  // The "take theirs" button is gone once pressed: focus goes to what happened instead.
  useEffect(() => {
    if (tookTheirs) tookRef.current?.focus();
  }, [tookTheirs]);

  const version = conflict.currentVersion;
  const when = conflict.changedAt
    ? t("conflictWhen", {
        version,
        time: format.dateTime(new Date(conflict.changedAt), {
          dateStyle: "medium",
          timeStyle: "short",
        }),
      })
    : t("conflictWhenUnknown", { version });

  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2
        id={`${id}-heading`}
        ref={headingRef}
        tabIndex={-1}
        className="text-lg font-semibold focus:outline-2 focus:outline-offset-2"
      >
        {conflict.changedBy
          ? t("conflictTitleBy", { name: conflict.changedBy })
          : t("conflictTitle")}
      </h2>
      <p className="mt-1">{when}</p>
      {theirs === null ? (
        <>
          <p className="mt-1">{t("conflictExplanation")}</p>
          <ConflictNotice conflict={conflict} values={mine} fieldLabel={fieldLabel} />
        </>
      ) : comparison.differences.length === 0 ? (
        <p className="mt-1">{t("conflictNoDifferences")}</p>
      ) : (
        <ConflictComparison
          id={id}
          comparison={comparison}
          version={version}
          choices={tookTheirs ? null : choices}
          onChoose={(name, choice) => setChoices({ ...choices, [name]: choice })}
        />
      )}
      {tookTheirs ? (
        <p ref={tookRef} tabIndex={-1} role="status" className="mt-3 font-semibold">
          {t("conflictTookTheirs")}
        </p>
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="submit" form={formId} name="intent" value="save">
            {t("conflictKeepMine")}
          </Button>
          {interactive ? (
            <Button type="button" variant="secondary" onClick={props.onTakeTheirs}>
              {t("conflictTakeTheirs")}
            </Button>
          ) : null}
          {interactive && comparison.differences.length > 0 ? (
            <Button type="button" variant="secondary" onClick={() => props.onMerge(choices)}>
              {t("conflictSaveMerged")}
            </Button>
          ) : null}
        </div>
      )}
    </section>
  );
}
