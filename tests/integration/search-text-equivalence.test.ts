import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { foldSearchText } from "@/lib/search/search-text";

/**
 * The directory's cache keys fold a search text in TypeScript (lib/search/search-text.ts) the way
 * the database's vigil_search_text folds it for the search itself. Where the TypeScript folds, it
 * must give exactly the database's answer: otherwise two searches the database tells apart would
 * share a cached answer. Checked here against the real function, character by character over
 * everything it claims to know and on random names made of those characters.
 */

afterAll(async () => {
  await prisma.$disconnect();
});

/** vigil_search_text of each text, in one round trip. */
async function databaseFolds(texts: string[]): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ plain: string }[]>`
    SELECT vigil_search_text(t.value) AS plain
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS t (value, position)
    ORDER BY t.position`;
  return rows.map((row) => row.plain);
}

/**
 * Every character of Latin, Greek, Cyrillic and general punctuation (quotes, dashes) that the
 * TypeScript claims to fold as the database does.
 */
function knownCharacters(): string[] {
  const known: string[] = [];
  const codes = [...Array(0x500 - 0x20).keys()].map((index) => 0x20 + index);
  for (let code = 0x2000; code < 0x2070; code += 1) codes.push(code);
  for (const code of codes) {
    const character = String.fromCodePoint(code);
    if (foldSearchText(`a${character}b`) !== null) known.push(character);
  }
  return known;
}

/** A deterministic pseudo-random generator, so that a failure can be reproduced. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("the search text folded for cache keys", () => {
  it("claims the Latin, Cyrillic and Kazakh letters of names, and no other script", () => {
    const known = new Set(knownCharacters());
    for (const letter of ["é", "Ö", "ř", "ё", "Й", "ї", "Ұ", "ә", "’", "-", " "]) {
      expect(known.has(letter), letter).toBe(true);
    }
    for (const letter of ["ø", "ß", "æ", "ł", "ђ", "α", "ع"]) {
      expect(known.has(letter), letter).toBe(false);
    }
  });

  it("folds every known character, between letters, exactly as vigil_search_text does", async () => {
    const texts = knownCharacters().flatMap((character) => [
      `a${character}b`,
      `${character}`,
      `${character.toUpperCase()}${character}`,
    ]);
    const expected = await databaseFolds(texts);

    const folded = texts.map((text) => foldSearchText(text) ?? "");

    expect(folded).toEqual(expected);
  });

  it("folds a thousand random names made of known characters exactly as the database does", async () => {
    const known = knownCharacters();
    const random = generator(17);
    const texts = Array.from({ length: 1000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 14) }, () => {
        // Spaces and ASCII letters more often than the rest, as in names.
        const pick = random();
        if (pick < 0.15) return " ";
        if (pick < 0.45) return "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)];
        return known[Math.floor(random() * known.length)];
      }).join(""),
    );
    const expected = await databaseFolds(texts);

    const folded = texts.map((text) => foldSearchText(text) ?? "");

    expect(folded).toEqual(expected);
  });

  it("shares one key for the spellings the database folds together, and only those", () => {
    expect(foldSearchText("Сенцов")).toBe("sentsov");
    expect(foldSearchText("SENTSOV")).toBe("sentsov");
    expect(foldSearchText("  Sentsov!")).toBe("sentsov");
    // Equal by transliteration key only: a separate search (prefixes compare the plain form).
    expect(foldSearchText("Sentzov")).toBe("sentzov");
    // Another script, or nothing left to search: not folded (keyed as typed).
    expect(foldSearchText("Σεντσόφ")).toBeNull();
    expect(foldSearchText("!!!")).toBeNull();
  });
});
