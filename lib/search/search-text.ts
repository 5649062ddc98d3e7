/**
 * `vigil_search_text` (the prisoner_search migration) in TypeScript, for cache keys: two searches
 * whose texts fold alike here are the same search to the database, so they may share one cached
 * answer ("Сенцов", "sentsov", "SENTSOV" and "Sentsov!" all become "sentsov").
 *
 * The search itself runs only on the database's function, which this never replaces. The danger is
 * one-sided: folding less than the database costs a second cache entry; folding more would serve
 * one search's answer to another. So this folds only text made of characters whose treatment by
 * `unaccent`, `lower` (C.UTF-8) and the transliteration is known exactly (ASCII, Latin letters with
 * diacritics that decompose to an ASCII letter, the Cyrillic letters the migration transliterates),
 * and answers null for anything else; the caller then keys by the text as typed.
 * tests/integration/search-text-equivalence.test.ts compares it with the database's function over
 * every such character and random strings of them.
 *
 * It folds no further than `vigil_search_text`: "Sentzov" and "Sentsov" share a key
 * (`vigil_search_key`) but are not the same search, since prefixes and the similarity fallback
 * compare the plain form too ("sent" begins "sentsov" but not its key "sencov").
 */

/** The Cyrillic letters of the migration's `translate`, lower case, and their Latin letters. */
const CYRILLIC_FROM = "абвгдеёзийклмнопрстуфыэіґўәғқңөұүһъь";
const CYRILLIC_TO = "abvgdeeziyklmnoprstufyeiguagknouuh";

/** The migration's multi-letter transliterations, applied in its order, before the translate. */
const CYRILLIC_DIGRAPHS: [string, string][] = [
  ["щ", "shch"],
  ["ж", "zh"],
  ["х", "kh"],
  ["ц", "ts"],
  ["ч", "ch"],
  ["ш", "sh"],
  ["ю", "yu"],
  ["я", "ya"],
  ["є", "ye"],
  ["ї", "yi"],
];

const TRANSLATE = new Map<string, string>(
  [...CYRILLIC_FROM].map((letter, index) => [letter, CYRILLIC_TO[index] ?? ""]),
);

/** Apostrophes are dropped (O'Brien → obrien), not made spaces like other punctuation. */
const APOSTROPHES = /['’ʼ`]/g;

/** Every Cyrillic letter the transliteration knows, upper case included (lower() folds it). */
const CYRILLIC_KNOWN = new Set(
  [...CYRILLIC_FROM, ...CYRILLIC_DIGRAPHS.map(([letter]) => letter)].flatMap((letter) => [
    letter,
    letter.toUpperCase(),
  ]),
);

/**
 * Whether the database's treatment of one character is known here: ASCII; a Latin letter of
 * Latin-1 or Latin Extended-A that decomposes into an ASCII letter and combining marks (what
 * `unaccent` strips); a Cyrillic letter of the transliteration; the apostrophes it drops. Not "ø", "ß", "æ", "ł" (unaccent
 * has its own rules for them) nor other scripts.
 */
function isKnownCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x80) return true;
  if (CYRILLIC_KNOWN.has(character) || character === "’" || character === "ʼ") return true;
  if (code >= 0xc0 && code <= 0x17f) return /^[A-Za-z]\p{M}+$/u.test(character.normalize("NFD"));
  return false;
}

/**
 * What `unaccent` does to known characters: a Latin letter loses its marks (é → e); of Cyrillic it
 * changes only ё (to е), so й, ї and ў reach the transliteration as they are.
 */
function unaccent(character: string): string {
  if (character === "ё") return "е";
  if (character === "Ё") return "Е";
  const code = character.codePointAt(0) ?? 0;
  if (code < 0xc0 || code > 0x17f) return character;
  return character.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * The plain form of a search text, exactly as `vigil_search_text` would give it, or null when the
 * text holds a character whose folding is not known here (or folds to nothing).
 */
export function foldSearchText(text: string): string | null {
  for (const character of text) {
    if (!isKnownCharacter(character)) return null;
  }
  let plain = [...text].map(unaccent).join("").toLowerCase().replace(APOSTROPHES, "");
  for (const [letter, latin] of CYRILLIC_DIGRAPHS) plain = plain.replaceAll(letter, latin);
  plain = [...plain].map((character) => TRANSLATE.get(character) ?? character).join("");
  const folded = plain.replace(/[^a-z0-9]+/g, " ").trim();
  return folded === "" ? null : folded;
}
