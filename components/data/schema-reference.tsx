import { getTranslations } from "next-intl/server";
import { FieldTable } from "./field-table";
import type { SchemaTable } from "./openapi-reference";
import { schemaAnchor } from "./type-text-code";

/**
 * One table per named schema of the OpenAPI document: the fields of every answer. Each heading
 * is the target of the type links in the other tables.
 */
export async function SchemaReferenceList({ schemas }: { schemas: SchemaTable[] }) {
  const t = await getTranslations("DataPage.reference");
  return (
    <section aria-labelledby="types-heading" className="data-reference">
      <h2 id="types-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        {t("typesTitle")}
      </h2>
      <p className="max-w-prose text-slate-800 dark:text-slate-200">{t("typesLead")}</p>
      {schemas.map((schema) => {
        const id = schemaAnchor(schema.name);
        return (
          <section key={schema.name} aria-labelledby={id}>
            <h3 id={id}>
              <code>{schema.name}</code>
            </h3>
            {schema.description ? <p lang="en">{schema.description}</p> : null}
            {schema.values ? (
              <p>
                {t("values")} <code className="break-words">{schema.values.join(", ")}</code>
              </p>
            ) : null}
            {schema.shapes ? <p>{t("shapes", { count: schema.shapes })}</p> : null}
            {schema.fields.length > 0 ? (
              <FieldTable caption={t("fieldsOf", { name: schema.name })} rows={schema.fields} />
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
