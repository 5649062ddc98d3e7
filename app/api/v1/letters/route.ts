import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { letterFiltersSchema } from "@/lib/api/list-filters";
import { offsetPage, readOffsetList } from "@/lib/api/list-params";
import { listPublicLetters } from "@/lib/data/letters";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * Letters are read whole, as the letters page reads them (listPublicLetters, one cached read per
 * filter), and paged here: they number in the dozens or hundreds, never near this bound.
 */
const ALL_LETTERS = 10_000;

/**
 * GET /api/v1/letters: open letters and petitions as the letters page lists them (undated first,
 * then newest), with their confirmed signature counts, a page of `limit` from `cursor` on.
 */
export const GET = apiRoute(async (request, { url, locale }) => {
  const list = readOffsetList(url.searchParams, letterFiltersSchema);
  if (!list.ok) return publicRefusal(400, list.error);
  const { kind, state, country } = list.filters;
  const letters = await listPublicLetters({
    locale,
    state,
    countryCode: country,
    limit: ALL_LETTERS,
  });
  const matching = kind ? letters.filter((letter) => letter.kind === kind) : letters;
  return apiJson(request, offsetPage(matching, list.offset, list.limit));
});

export const OPTIONS = apiPreflight;
