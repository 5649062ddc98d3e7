import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Localized, langOf } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import type { LetterSuggestionDto } from "@/lib/letters-to-prisoners/letter-suggestions-page";
import { publicRoutes } from "@/lib/routes";

async function Reasons({ person }: { person: LetterSuggestionDto }) {
  const t = await getTranslations("WhoNeedsLetter");
  return (
    <>
      {person.birthdaySoon || person.courtDateSoon ? (
        <p className="flex flex-wrap gap-2">
          {person.birthdaySoon ? <Badge>{t("birthdaySoon")}</Badge> : null}
          {person.courtDateSoon ? <Badge>{t("courtDateSoon")}</Badge> : null}
        </p>
      ) : null}
      <p className="text-slate-700 dark:text-slate-300">
        {t("recentLetters", { count: person.recentLetters })}
      </p>
    </>
  );
}

/** The suggestion, "suggest someone else" (a link: no JavaScript needed) and a few more people. */
export async function LetterSuggestions({ suggestions }: { suggestions: LetterSuggestionDto[] }) {
  const t = await getTranslations("WhoNeedsLetter");
  const [first, ...more] = suggestions;
  if (!first) return <p className="text-slate-800 dark:text-slate-200">{t("none")}</p>;
  return (
    <>
      <section
        aria-labelledby="suggestion-heading"
        className="flex flex-col gap-3 rounded-lg border border-slate-300 p-5 dark:border-slate-600"
        data-testid="letter-suggestion"
      >
        <h2
          id="suggestion-heading"
          className="text-2xl font-semibold text-slate-900 dark:text-slate-50"
        >
          {t("suggestion", { name: first.name.text })}
        </h2>
        {first.place ? (
          <p className="text-slate-700 dark:text-slate-300">
            <Localized value={first.place} />
          </p>
        ) : null}
        {first.summary ? (
          <p
            lang={langOf(first.summary)}
            className="max-w-prose text-slate-800 dark:text-slate-200"
          >
            {first.summary.text}
          </p>
        ) : null}
        <Reasons person={first} />
        <div className="flex flex-wrap items-center gap-4">
          <Button href={publicRoutes.prisonerWrite(first.slug)}>
            {t("writeButton", { name: first.name.text })}
          </Button>
          <Button href={publicRoutes.writeSuggestion(first.slug)} variant="secondary">
            {t("suggestAnother")}
          </Button>
        </div>
      </section>
      {more.length > 0 ? (
        <section aria-labelledby="more-heading" className="flex flex-col gap-4">
          <h2 id="more-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
            {t("moreHeading")}
          </h2>
          <ul className="flex flex-col gap-4">
            {more.map((person) => (
              <li
                key={person.slug}
                className="flex flex-col gap-2 rounded-md border border-slate-200 p-4 dark:border-slate-700"
              >
                <h3
                  lang={langOf(person.name)}
                  className="text-lg font-semibold text-slate-900 dark:text-slate-50"
                >
                  {person.name.text}
                </h3>
                <Reasons person={person} />
                <p className="flex flex-wrap gap-4">
                  <TextLink href={publicRoutes.prisonerWrite(person.slug)}>
                    {t("writeButton", { name: person.name.text })}
                  </TextLink>
                  <TextLink href={publicRoutes.prisoner(person.slug)}>
                    {t("profileLink", { name: person.name.text })}
                  </TextLink>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
