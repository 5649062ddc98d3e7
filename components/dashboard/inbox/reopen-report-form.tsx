"use client";

import { useTranslations } from "next-intl";
import { FormProblem } from "@/components/dashboard/inbox/form-problem";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/staff-action-state";

interface ReopenReportFormProps {
  reportId: string;
  state: FormState<unknown>;
  action: (formData: FormData) => void;
  /** Called as the form is sent (with JavaScript), so the panel knows which form was used. */
  onSubmit: () => void;
  pending: boolean;
}

/** Reopens a closed report (back to its assignee, or to the open reports). */
export function ReopenReportForm({
  reportId,
  state,
  action,
  onSubmit,
  pending,
}: ReopenReportFormProps) {
  const t = useTranslations("Inbox.reopen");
  const tInbox = useTranslations("Inbox");
  return (
    <section aria-labelledby="reopen-heading" className="flex flex-col gap-4">
      <h3 id="reopen-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <p>{t("lead")}</p>
      <FormProblem state={state} fieldIds={{}} />
      <form action={action} onSubmit={onSubmit}>
        <input type="hidden" name="reportId" value={reportId} />
        <Button
          type="submit"
          variant="secondary"
          disabled={pending}
          aria-disabled={pending || undefined}
        >
          {pending ? tInbox("pending") : t("submit")}
        </Button>
      </form>
    </section>
  );
}
