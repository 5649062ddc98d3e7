import { getTranslations } from "next-intl/server";
import { FieldRows } from "./field-rows";
import type { FieldRow } from "./openapi-reference";
import { packFieldRows } from "./packed-field-row";

interface FieldTableProps {
  caption: string;
  rows: FieldRow[];
}

/**
 * The fields of a response, or the parameters of an endpoint: name, type, required, description.
 * The table scrolls on its own on a narrow screen and can be focused to scroll with the keyboard
 * (WCAG 2.1.1).
 */
export async function FieldTable({ caption, rows }: FieldTableProps) {
  const t = await getTranslations("DataPage.reference");
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-fields">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("required")}</th>
            <th scope="col">{t("description")}</th>
          </tr>
        </thead>
        <FieldRows
          rows={packFieldRows(rows)}
          labels={{ yes: t("yes"), no: t("no"), values: t("values") }}
        />
      </table>
    </div>
  );
}
