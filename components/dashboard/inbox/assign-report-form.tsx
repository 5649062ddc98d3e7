"use client";

import { useTranslations } from "next-intl";
import { FormProblem } from "@/components/dashboard/inbox/form-problem";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { formValue, type FormState } from "@/lib/actions/staff-action-state";

interface AssignReportFormProps {
  reportId: string;
  actorId: string;
  currentAssigneeId: string | null;
  assignees: { id: string; name: string }[];
  state: FormState<unknown>;
  action: (formData: FormData) => void;
  /** Called as the form is sent (with JavaScript), so the panel knows which form was used. */
  onSubmit: () => void;
  pending: boolean;
}

const fieldIds = { assigneeId: "report-assignee" };

/**
 * "Assign to me" (one button) and "assign to a staff member" (a choice). Both post to the same
 * action; the first carries the actor's own id.
 */
export function AssignReportForm({
  reportId,
  actorId,
  currentAssigneeId,
  assignees,
  state,
  action,
  onSubmit,
  pending,
}: AssignReportFormProps) {
  const t = useTranslations("Inbox.assign");
  const tInbox = useTranslations("Inbox");
  const failed = state.status === "invalid" || state.status === "error";
  // After a failed choice the list shows what was chosen; otherwise the current assignee.
  const selected = failed ? formValue(state.values, "assigneeId") : (currentAssigneeId ?? "");
  const error = state.status === "invalid" ? state.fieldErrors.assigneeId : undefined;

  return (
    <section aria-labelledby="assign-heading" className="flex flex-col gap-4">
      <h3 id="assign-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <FormProblem state={state} fieldIds={fieldIds} />
      {currentAssigneeId !== actorId ? (
        <form action={action} onSubmit={onSubmit}>
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="assigneeId" value={actorId} />
          <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? tInbox("pending") : t("toMe")}
          </Button>
        </form>
      ) : null}
      <form
        key={JSON.stringify(state)}
        action={action}
        onSubmit={onSubmit}
        className="flex flex-col gap-3"
      >
        <input type="hidden" name="reportId" value={reportId} />
        <Select
          name="assigneeId"
          id={fieldIds.assigneeId}
          label={t("assignee")}
          hint={t("assigneeHint")}
          error={error}
          defaultValue={selected}
          options={[
            { value: "", label: t("nobody") },
            ...assignees.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <div>
          <Button
            type="submit"
            variant="secondary"
            disabled={pending}
            aria-disabled={pending || undefined}
          >
            {t("submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
