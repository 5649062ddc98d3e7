import { getTranslations } from "next-intl/server";
import { langOf } from "@/components/ui/localized";
import type { ResolvedText } from "@/lib/i18n/resolved-text";

const GENERAL_RULES = ["language", "politics", "nothingInside", "returnAddress"] as const;

/**
 * What to know before writing: the editors' rules for the facility's country (paragraphs as
 * written), then the rules that hold everywhere.
 */
export async function LetterRules({
  rules,
}: {
  rules: { countryName: ResolvedText; text: ResolvedText } | null;
}) {
  const t = await getTranslations("WriteLetter");
  return (
    <section aria-labelledby="letter-rules" className="flex flex-col gap-4">
      <h2 id="letter-rules" className="text-2xl font-semibold text-slate-900 dark:text-slate-50">
        {t("rulesHeading")}
      </h2>
      {rules ? (
        <div className="flex flex-col gap-2" data-testid="country-letter-rules">
          <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t("countryRulesHeading", { country: rules.countryName.text })}
          </h3>
          {rules.text.text
            .split(/\n\s*\n|\n/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph, index) => (
              <p
                key={index}
                lang={langOf(rules.text)}
                className="max-w-prose text-slate-800 dark:text-slate-200"
              >
                {paragraph}
              </p>
            ))}
        </div>
      ) : null}
      <ul className="flex max-w-prose list-disc flex-col gap-1 ps-5 text-slate-800 dark:text-slate-200">
        {GENERAL_RULES.map((rule) => (
          <li key={rule}>{t(`generalRules.${rule}`)}</li>
        ))}
      </ul>
    </section>
  );
}
