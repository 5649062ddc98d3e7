import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import {
  INBOX_ASSIGNEE_FILTERS,
  INBOX_STATUS_FILTERS,
  type InboxFilter,
} from "@/lib/validation/inbox";

/** The inbox's filters: a GET form, so a filtered list is a link and works without JS. */
export async function InboxFilters({ filter }: { filter: InboxFilter }) {
  const t = await getTranslations("Inbox.filters");
  return (
    <form method="get" className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="min-w-52">
          <Select
            name="status"
            id="inbox-status"
            label={t("status")}
            defaultValue={filter.status}
            options={INBOX_STATUS_FILTERS.map((value) => ({
              value,
              label: t(`statusOptions.${value}`),
            }))}
          />
        </div>
        <div className="min-w-52">
          <Select
            name="assignee"
            id="inbox-assignee"
            label={t("assignee")}
            defaultValue={filter.assignee}
            options={INBOX_ASSIGNEE_FILTERS.map((value) => ({
              value,
              label: t(`assigneeOptions.${value === "" ? "any" : value}`),
            }))}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </fieldset>
    </form>
  );
}
