import { getTranslations } from "next-intl/server";
import { IMPORT_COLUMNS, IMPORT_ENUMS } from "@/lib/import/csv-columns";

const ENUM_OF: Record<string, readonly string[]> = {
  gender: IMPORT_ENUMS.gender,
  roles: IMPORT_ENUMS.roles,
  status: IMPORT_ENUMS.status,
};

/** The documentation of the import file: every column, whether it is required, what it holds. */
export async function ImportColumnsHelp() {
  const t = await getTranslations("Import");
  return (
    <section aria-labelledby="import-columns" className="flex flex-col gap-3">
      <h2 id="import-columns" className="text-2xl font-semibold">
        {t("columnsHeading")}
      </h2>
      <p className="max-w-prose">{t("columnsLead")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-start text-sm">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2 text-start">
                {t("columnHeader")}
              </th>
              <th scope="col" className="p-2 text-start">
                {t("columnRequired")}
              </th>
              <th scope="col" className="p-2 text-start">
                {t("columnMeaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((column) => (
              <tr key={column.header} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="p-2 text-start font-mono font-normal">
                  {column.header}
                </th>
                <td className="p-2">{column.required ? t("yes") : t("no")}</td>
                <td className="p-2">
                  {t(`columns.${column.help}` as "columns.name")}
                  {ENUM_OF[column.header] ? (
                    <> {t("allowed", { values: ENUM_OF[column.header]!.join(", ") })}</>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
