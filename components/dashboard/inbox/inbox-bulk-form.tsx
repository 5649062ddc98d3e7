"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { BulkForm } from "@/components/dashboard/bulk/bulk-form";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { bulkReports } from "@/lib/actions/reports/bulk-reports";
import type { InboxPersonDto } from "@/lib/data/inaccuracy-inbox";
import {
  CLOSING_REPORT_STATUSES,
  RESOLUTION_MAX_LENGTH,
  type InboxFilter,
} from "@/lib/validation/inbox";

/**
 * The inbox's bulk form around its table: tick reports (or all matching the filter), then assign
 * them to a staff member or close them with an outcome and a note, as the single-report forms
 * ask (components/dashboard/bulk).
 */
export function InboxBulkForm({
  filter,
  matchingCount,
  assignees,
  empty,
  children,
}: {
  filter: Pick<InboxFilter, "status" | "assignee">;
  matchingCount: number;
  assignees: InboxPersonDto[];
  /** No report on this page (the last ones were just closed): keep only the result. */
  empty: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("Bulk.reports");
  const tAssign = useTranslations("Inbox.assign");
  const tResolve = useTranslations("Inbox.resolve");
  return (
    <BulkForm
      action={bulkReports}
      idPrefix="inbox-bulk-"
      hidden={{ "filter.status": filter.status, "filter.assignee": filter.assignee }}
      matchingCount={matchingCount}
      empty={empty}
      operations={[
        { op: "assign", label: t("assign"), variant: "secondary" },
        { op: "close", label: t("close") },
      ]}
      fields={
        <div className="grid gap-4 md:grid-cols-2">
          <fieldset className="flex flex-col gap-3">
            <legend className="font-semibold">{t("assignLegend")}</legend>
            <SelectField
              name="assigneeId"
              label={tAssign("assignee")}
              hint={tAssign("assigneeHint")}
              placeholder={tAssign("assignee")}
              options={assignees.map((person) => ({ value: person.id, label: person.name }))}
            />
          </fieldset>
          <fieldset className="flex flex-col gap-3">
            <legend className="font-semibold">{t("closeLegend")}</legend>
            <SelectField
              name="outcome"
              label={tResolve("outcome")}
              placeholder={tResolve("outcome")}
              options={CLOSING_REPORT_STATUSES.map((value) => ({
                value,
                label: tResolve(value),
              }))}
            />
            <TextareaField
              name="resolution"
              label={tResolve("resolution")}
              hint={tResolve("resolutionHint", { max: RESOLUTION_MAX_LENGTH })}
              maxLength={RESOLUTION_MAX_LENGTH}
              rows={3}
            />
          </fieldset>
        </div>
      }
    >
      {children}
    </BulkForm>
  );
}
