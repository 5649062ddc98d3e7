import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { AuditFilter } from "@/lib/data/audit-log";

interface AuditFiltersProps {
  filter: AuditFilter;
  entityTypes: string[];
  /** The page without filters, for "clear filters". */
  resetHref: string;
}

/** The audit log's filters: a GET form, so a filtered view is a link and works without JS. */
export async function AuditFilters({ filter, entityTypes, resetHref }: AuditFiltersProps) {
  const t = await getTranslations("Audit");
  return (
    <form method="get" className="mb-6">
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-900 dark:text-slate-50">
          {t("filtersLegend")}
        </legend>
        <TextField
          name="actor"
          id="audit-actor"
          label={t("actor")}
          defaultValue={filter.actor ?? ""}
          autoComplete="off"
        />
        <TextField
          name="action"
          id="audit-action"
          label={t("action")}
          hint={t("actionHint")}
          defaultValue={filter.action ?? ""}
          autoComplete="off"
        />
        <Select
          name="entityType"
          id="audit-entity-type"
          label={t("entityType")}
          placeholder={t("anyType")}
          options={entityTypes.map((type) => ({
            value: type,
            // Kinds in words ("Media file"); one without a translation keeps its model name.
            label:
              /^[A-Za-z]+$/.test(type) && t.has(`kinds.${type}` as never)
                ? t(`kinds.${type}` as never)
                : type,
          }))}
          defaultValue={filter.entityType ?? ""}
        />
        <TextField
          name="entityId"
          id="audit-entity-id"
          label={t("entityId")}
          defaultValue={filter.entityId ?? ""}
          autoComplete="off"
        />
        <TextField
          name="from"
          id="audit-from"
          type="date"
          label={t("from")}
          defaultValue={filter.from ?? ""}
        />
        <TextField
          name="to"
          id="audit-to"
          type="date"
          label={t("to")}
          defaultValue={filter.to ?? ""}
        />
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t("apply")}</Button>
        <Button href={resetHref} variant="ghost">
          {t("reset")}
        </Button>
      </div>
    </form>
  );
}
