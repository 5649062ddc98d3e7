"use client";

import { useActionState, useEffect, useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { Textarea } from "@/components/ui/textarea";
import { ActionStatus } from "@/components/dashboard/form/action-status";
import { WorkflowStateBadge } from "@/components/dashboard/workflow/workflow-state-badge";
import { transitionContentAction } from "@/lib/actions/content/transition-content";
import { formValue, initialFormState } from "@/lib/actions/staff-action-state";
import type { ContentType } from "@/lib/auth/policy";
import type { WorkflowState } from "@/lib/content-store/types";

interface WorkflowFormProps {
  type: ContentType;
  id: string;
  state: WorkflowState;
  version: number;
  /** The states this actor may move the item to. */
  moves: readonly WorkflowState[];
  historyHref: string | null;
}

/**
 * One form, one submit button per move (the button's value names the target state), so it works
 * without JavaScript. After a move the page re-renders with the new state and version.
 */
export function WorkflowForm({ type, id, state, version, moves, historyHref }: WorkflowFormProps) {
  const t = useTranslations("Workflow");
  const [result, action, pending] = useActionState(transitionContentAction, initialFormState);
  const headingId = useId();
  const noteId = useId();
  const statusId = useId();
  // A move re-renders the buttons (the one pressed is often gone): focus goes to its result
  // rather than to the top of the page.
  useEffect(() => {
    if (result.status === "idle") return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      document.getElementById(statusId)?.focus();
    }
  }, [result, statusId]);
  const noteError = result.status === "invalid" ? result.fieldErrors.note : undefined;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-md border border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t("heading")}
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-slate-800 dark:text-slate-200">
        <span>{t("state")}</span>
        <WorkflowStateBadge state={state} label={t(`states.${state}`)} />
        <span className="text-sm text-slate-700 dark:text-slate-300">
          {t("version", { version })}
        </span>
      </p>
      {moves.length > 0 ? (
        <form action={action} className="flex flex-col gap-3">
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="expectedVersion" value={version} />
          <Textarea
            name="note"
            id={noteId}
            rows={2}
            label={t("noteLabel")}
            hint={t("noteHint")}
            error={noteError}
            defaultValue={result.status === "success" ? "" : formValue(result.values, "note")}
          />
          <fieldset className="flex flex-wrap gap-2">
            <legend className="sr-only">{t("movesLegend")}</legend>
            {moves.map((to) => (
              <Button
                key={to}
                type="submit"
                name="to"
                value={to}
                disabled={pending}
                variant={to === "PUBLISHED" || to === "OPEN" ? "primary" : "secondary"}
              >
                {t(`moves.${to}`)}
              </Button>
            ))}
          </fieldset>
        </form>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("noMoves")}</p>
      )}
      {/* The result sits right under the buttons (and stays when a move leaves none to make). */}
      <ActionStatus
        id={statusId}
        focusable
        tone={result.status === "success" ? "success" : "error"}
      >
        {result.status === "success"
          ? t("moved", { state: t(`states.${result.result.state}`) })
          : result.status === "error" || result.status === "invalid"
            ? (noteError ?? result.message)
            : null}
      </ActionStatus>
      {historyHref ? (
        <p>
          <TextLink href={historyHref}>{t("historyLink")}</TextLink>
        </p>
      ) : null}
    </section>
  );
}
