import { getLocale, getTranslations } from "next-intl/server";
import { FieldTable } from "./field-table";
import type { EndpointReference } from "./openapi-reference";
import { TypeTextCode } from "./type-text-code";

/** The id of an endpoint's heading: `/api/v1/prisoners/{slug}` → `get-api-v1-prisoners-slug`. */
function endpointAnchor(path: string): string {
  return `get${path.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
}

/** Every GET of the OpenAPI document: what it is for, its parameters, its answer and statuses. */
export async function EndpointReferenceList({ endpoints }: { endpoints: EndpointReference[] }) {
  const [t, locale] = await Promise.all([getTranslations("DataPage.reference"), getLocale()]);
  return (
    <section aria-labelledby="endpoints-heading" className="data-reference">
      <h2
        id="endpoints-heading"
        className="text-xl font-semibold text-slate-900 dark:text-slate-50"
      >
        {t("title")}
      </h2>
      <p className="max-w-prose text-slate-800 dark:text-slate-200">{t("lead")}</p>
      {locale === "en" ? null : (
        <p className="max-w-prose text-slate-800 dark:text-slate-200">{t("englishOnly")}</p>
      )}
      {endpoints.map((endpoint) => {
        const id = endpointAnchor(endpoint.path);
        return (
          <section key={endpoint.path} aria-labelledby={id}>
            <h3 id={id}>
              <code>
                {endpoint.method} {endpoint.path}
              </code>
            </h3>
            {endpoint.summary ? <p lang="en">{endpoint.summary}</p> : null}
            {endpoint.description ? <p lang="en">{endpoint.description}</p> : null}
            {endpoint.parameters.length > 0 ? (
              <FieldTable
                caption={t("parameters", { path: endpoint.path })}
                rows={endpoint.parameters}
              />
            ) : null}
            {endpoint.response ? (
              <p>
                {t("response")} <TypeTextCode type={endpoint.response} />
              </p>
            ) : null}
            {endpoint.statuses.length > 0 ? (
              <div className="text-sm text-slate-800 dark:text-slate-200">
                <p>{t("statuses")}</p>
                <ul className="list-disc ps-6">
                  {endpoint.statuses.map((status) => (
                    <li key={status.code}>
                      <code>{status.code}</code> <span lang="en">{status.description}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
