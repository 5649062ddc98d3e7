"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { AssignReportForm } from "@/components/dashboard/inbox/assign-report-form";
import { ReopenReportForm } from "@/components/dashboard/inbox/reopen-report-form";
import { ResolveReportForm } from "@/components/dashboard/inbox/resolve-report-form";
import { Alert } from "@/components/ui/alert";
import { assignReport } from "@/lib/actions/reports/assign-report";
import { reopenReport } from "@/lib/actions/reports/reopen-report";
import { resolveReport } from "@/lib/actions/reports/resolve-report";
import { initialFormState, type FormState } from "@/lib/actions/staff-action-state";
import type { ReportStatus } from "@/lib/validation/inbox";

interface ReportActionsPanelProps {
  reportId: string;
  status: ReportStatus;
  actorId: string;
  assigneeId: string | null;
  assignees: { id: string; name: string }[];
  may: { assign: boolean; resolve: boolean };
  /** This page's path: where the forms post when JavaScript is off. */
  permalink: string;
}

type ActionKind = "assign" | "resolve" | "reopen";

/**
 * What an editor can do with a report. The three forms' states live here, above the forms, so the
 * result of an action is still shown after the page updates and the form that was used is gone
 * (closing a report replaces "assign" and "close" with "reopen").
 */
export function ReportActionsPanel({
  reportId,
  status,
  actorId,
  assigneeId,
  assignees,
  may,
  permalink,
}: ReportActionsPanelProps) {
  const t = useTranslations("Inbox");
  const [assignState, assignAction, assignPending] = useActionState(
    assignReport,
    initialFormState as FormState<void>,
    permalink,
  );
  const [resolveState, resolveAction, resolvePending] = useActionState(
    resolveReport,
    initialFormState as FormState<void>,
    permalink,
  );
  const [reopenState, reopenAction, reopenPending] = useActionState(
    reopenReport,
    initialFormState as FormState<void>,
    permalink,
  );
  // The last form used; without JavaScript, the one whose result the server sent.
  const [lastUsed, setLastUsed] = useState<ActionKind | null>(null);
  const states: Record<ActionKind, FormState<void>> = {
    assign: assignState,
    resolve: resolveState,
    reopen: reopenState,
  };
  const latest =
    lastUsed ??
    (Object.keys(states) as ActionKind[]).find((kind) => states[kind].status !== "idle") ??
    null;
  const succeeded = latest !== null && states[latest].status === "success" ? latest : null;

  const doneRef = useRef<HTMLDivElement>(null);
  const doneState = succeeded ? states[succeeded] : null;
  useEffect(() => {
    if (doneState) doneRef.current?.focus();
  }, [doneState]);

  const active = status === "OPEN" || status === "ASSIGNED";
  const closed = !active;
  return (
    <div className="flex flex-col gap-8">
      <div
        ref={doneRef}
        tabIndex={-1}
        className="rounded-md focus:outline-2 focus:outline-offset-2"
      >
        {succeeded ? <Alert tone="success" title={t(`${succeeded}.done`)} announce /> : null}
      </div>
      {active && may.assign ? (
        <AssignReportForm
          reportId={reportId}
          actorId={actorId}
          currentAssigneeId={assigneeId}
          assignees={assignees}
          state={assignState}
          action={assignAction}
          onSubmit={() => setLastUsed("assign")}
          pending={assignPending}
        />
      ) : null}
      {active && may.resolve ? (
        <ResolveReportForm
          reportId={reportId}
          state={resolveState}
          action={resolveAction}
          onSubmit={() => setLastUsed("resolve")}
          pending={resolvePending}
        />
      ) : null}
      {closed && may.resolve ? (
        <ReopenReportForm
          reportId={reportId}
          state={reopenState}
          action={reopenAction}
          onSubmit={() => setLastUsed("reopen")}
          pending={reopenPending}
        />
      ) : null}
    </div>
  );
}
