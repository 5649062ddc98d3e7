import "server-only";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { countLettersInState, listPublicLetters, type LetterListItemDto } from "@/lib/data/letters";
import { countPublishedPrisoners } from "@/lib/data/prisoners";
import { listPublishedPublications, type PublicationListItemDto } from "@/lib/data/publications";
import type { Locale } from "@/lib/i18n/routing";

export interface HomeFiguresDto {
  /** Published prisoner profiles. */
  prisonersDocumented: number;
  /** Published prisoners whose status deprives them of liberty (DETAINED_STATUSES). */
  prisonersDetained: number;
  /** Letters in state OPEN. */
  openLetters: number;
}

export interface HomePageDto {
  figures: HomeFiguresDto;
  latestPublications: PublicationListItemDto[];
  openLetters: LetterListItemDto[];
}

const LATEST_PUBLICATIONS = 4;
const OPEN_LETTERS_SHOWN = 3;

/** Everything the home page shows, in one round of parallel queries; figures are COUNTs. */
export const getHomePage = cachedRead("home-page", readHomePage, () => [
  cacheTags.prisoners,
  cacheTags.publications,
  cacheTags.letters,
]);

async function readHomePage(locale: Locale): Promise<HomePageDto> {
  const [prisoners, openLetterCount, latestPublications, openLetters] = await Promise.all([
    countPublishedPrisoners(),
    countLettersInState("OPEN"),
    listPublishedPublications({ locale, limit: LATEST_PUBLICATIONS }),
    listPublicLetters({ locale, state: "OPEN", limit: OPEN_LETTERS_SHOWN }),
  ]);
  return {
    figures: {
      prisonersDocumented: prisoners.documented,
      prisonersDetained: prisoners.detained,
      openLetters: openLetterCount,
    },
    latestPublications,
    openLetters,
  };
}
