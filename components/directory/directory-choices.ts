import type {
  DirectoryFilterOptionsDto,
  DirectoryOption,
} from "@/lib/data/prisoner-directory-filters";
import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

/**
 * The filters' choices as the browser draws them (components/directory/directory-search-fields.tsx):
 * labels already resolved and worded, the language only where a label is not in the page's.
 * The form is a client component, so these travel once in the page's payload, as data; the
 * selects' markup is drawn from them on the server and again in the browser.
 */
export interface DirectoryChoice {
  value: string;
  label: string;
  lang?: string;
}

export interface DirectoryChargeChoices {
  /** "Russia: Criminal Code of the Russian Federation". */
  label: string;
  articles: DirectoryChoice[];
}

export interface DirectoryChoices {
  countries: DirectoryChoice[];
  statuses: PrisonerStatus[];
  charges: DirectoryChargeChoices[];
  affiliations: DirectoryChoice[];
  tags: DirectoryChoice[];
  years: number[];
}

/** How the server words a charge group and an article (the DirectoryPage messages). */
export interface ChargeWording {
  group: (country: string, code: string) => string;
  article: (article: string, part: string, title: string) => string;
}

function choiceOf(option: DirectoryOption): DirectoryChoice {
  const choice: DirectoryChoice = { value: option.value, label: option.label.text };
  if (option.label.isFallback) choice.lang = option.label.lang;
  return choice;
}

export function directoryChoicesOf(
  options: DirectoryFilterOptionsDto,
  wording: ChargeWording,
): DirectoryChoices {
  return {
    countries: options.countries.map(choiceOf),
    statuses: options.statuses,
    charges: options.charges.map((group) => ({
      label: wording.group(group.country.label.text, group.code.text),
      articles: group.articles.map((article) => {
        const choice: DirectoryChoice = {
          value: article.value,
          label: wording.article(article.article, article.part, article.title.text),
        };
        if (article.title.isFallback) choice.lang = article.title.lang;
        return choice;
      }),
    })),
    affiliations: options.affiliations.map(choiceOf),
    tags: options.tags.map(choiceOf),
    years: options.years,
  };
}
