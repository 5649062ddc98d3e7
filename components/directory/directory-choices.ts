import type {
  DirectoryFilterOptionsDto,
  DirectoryOption,
} from "@/lib/data/prisoner-directory-filters";
import type { SelectOption } from "@/components/ui/select";
import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

/**
 * The filters' choices as the browser draws them (components/directory/directory-search-fields.tsx):
 * labels already resolved and worded, the language only where a label is not in the page's.
 * The form is a client component, so these travel once in the page's payload, as data; the
 * selects' markup is drawn from them on the server and again in the browser. A choice is a
 * tuple, [value, label] or [value, label, lang], not an object: the keys repeated on each of
 * dozens of options were a quarter of their bytes in every directory page (issue 17).
 */
export type DirectoryChoice = readonly [value: string, label: string, lang?: string];

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
  return option.label.isFallback
    ? [option.value, option.label.text, option.label.lang]
    : [option.value, option.label.text];
}

/** Characters of an article's title a charge option keeps (the number comes before it). */
export const CHARGE_TITLE_CHARACTERS = 48;

/**
 * An article's title as its option shows it: whole when short, else cut at the last word that
 * fits and ended with "…". Titles run to 200 characters ("Organisation of and participation in
 * the activities of …"), twice per directory page (the markup and the payload); the number and
 * the opening words identify the offence in a list, and the profile states it whole.
 */
export function clippedTitle(title: string, limit = CHARGE_TITLE_CHARACTERS): string {
  if (title.length <= limit) return title;
  const cut = title.slice(0, limit);
  const lastSpace = cut.lastIndexOf(" ");
  const words = lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:–-]+$/u, "")}…`;
}

/** A choice as the Select component takes it. */
export function selectOptionOf([value, label, lang]: DirectoryChoice): SelectOption {
  return lang ? { value, label, lang } : { value, label };
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
      articles: group.articles.map((article): DirectoryChoice => {
        const title = clippedTitle(article.title.text);
        const label = wording.article(article.article, article.part, title);
        return article.title.isFallback
          ? [article.value, label, article.title.lang]
          : [article.value, label];
      }),
    })),
    affiliations: options.affiliations.map(choiceOf),
    tags: options.tags.map(choiceOf),
    years: options.years,
  };
}
