import { getTranslations } from "next-intl/server";
import { ProseSection } from "./prose-section";

export interface LicenceFacts {
  name: string;
  url: string;
  publisher: string;
  /** Absolute address of this page in its locale. */
  pageUrl: string;
  /** The newest dataset's day (YYYY-MM-DD), or null before the first. */
  datasetDate: string | null;
}

/** The data's licence (from the settings) and a citation line a researcher can copy. */
export async function LicenceCitation({ facts }: { facts: LicenceFacts }) {
  const t = await getTranslations("DataPage.licence");
  return (
    <ProseSection id="licence" title={t("title")}>
      <p>
        {t.rich("body", {
          name: facts.name,
          licence: (chunks) => (
            <a href={facts.url} className="text-link" rel="license noopener noreferrer">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p>{t("cite")}</p>
      <blockquote className="border-s-4 border-slate-300 ps-4 dark:border-slate-600">
        <p className="break-words">
          {t("citation", {
            publisher: facts.publisher,
            date: facts.datasetDate ?? "YYYY-MM-DD",
            url: facts.pageUrl,
            licence: facts.name,
          })}
        </p>
      </blockquote>
    </ProseSection>
  );
}
