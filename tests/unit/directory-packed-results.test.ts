import { describe, expect, it } from "vitest";
import { packDirectoryResult, unpackDirectoryResult } from "@/components/directory/packed-results";
import type { DirectoryResultDto } from "@/lib/data/prisoner-directory";

const result: DirectoryResultDto = {
  total: 3,
  page: 1,
  pageCount: 1,
  similarOnly: false,
  suggestion: null,
  items: [
    {
      slug: "oleg-sentsov",
      name: { text: "Oleg Sentsov", lang: "en", isFallback: false },
      otherName: { text: "Олег Сенцов", lang: "ru" },
      status: "RELEASED",
      country: { code: "RU", name: { text: "Russia", lang: "en", isFallback: false } },
      thumbnail: "/api/media/abc/oleg-sentsov.jpg?w=320",
      arrestedOn: { iso: "2014-05-10", precision: "DAY" },
      detainedSince: null,
      match: "exact",
    },
    {
      slug: "withheld",
      name: { text: "Аноним", lang: "ru", isFallback: true },
      otherName: null,
      status: null,
      country: null,
      thumbnail: null,
      arrestedOn: null,
      detainedSince: null,
      match: null,
    },
    {
      slug: "month-known",
      name: { text: "Ivan Khrabrov", lang: "en", isFallback: false },
      otherName: null,
      status: "IMPRISONED",
      country: { code: "KZ", name: { text: "Казахстан", lang: "ru", isFallback: true } },
      thumbnail: null,
      arrestedOn: { iso: "2016-03-01", precision: "MONTH" },
      detainedSince: { iso: "2016-03-01", precision: "MONTH" },
      match: "similar",
    },
  ],
};

describe("the directory's packed first results", () => {
  it("unpack to the results they were packed from, as the cards draw them", () => {
    const packed = JSON.parse(JSON.stringify(packDirectoryResult(result, "en")));
    // A card shows the date of detention, or the arrest when there is none: an arrest date that a
    // detention date outranks is not carried.
    const drawn = {
      ...result,
      items: result.items.map((item) =>
        item.detainedSince ? { ...item, arrestedOn: null } : item,
      ),
    };
    expect(unpackDirectoryResult(packed)).toEqual(drawn);
    expect(packed.items[0].arrested).toBe("2014-05-10");
    expect(packed.items[2]).not.toHaveProperty("arrested");
    expect(packed.items[2].detained).toEqual(["2016-03-01", "MONTH"]);
  });

  it("carry only values: no keys for what is absent, no language where it is the page's", () => {
    const packed = packDirectoryResult(result, "en");
    // Its status, country and match (none of each) differ from the ones the first card has (the
    // first of equally common values), so they are said.
    expect(packed.items[1]).toEqual({
      slug: "withheld",
      name: ["Аноним", "ru"],
      status: null,
      country: null,
      match: null,
    });
    expect(packed.items[0]).toEqual({
      slug: "oleg-sentsov",
      name: "Oleg Sentsov",
      other: ["Олег Сенцов", "ru"],
      thumbnail: "/api/media/abc/oleg-sentsov.jpg?w=320",
      arrested: "2014-05-10",
    });
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(result).length * 0.6);
  });

  it("name each country once and leave out the match that most cards share", () => {
    const cards = Array.from({ length: 20 }, (_, index) => ({
      ...result.items[0]!,
      slug: `namesake-${index}`,
      match: index === 7 ? ("similar" as const) : ("exact" as const),
    }));
    const page = { ...result, total: 20, items: cards };
    const packed = packDirectoryResult(page, "en");

    expect(packed.countries).toEqual({ RU: "Russia" });
    expect(packed.match).toBe("exact");
    expect(packed.items[0]).not.toHaveProperty("match");
    expect(packed.items[7]!.match).toBe("similar");
    expect(packed.country).toBe("RU");
    expect(packed.items.some((item) => "country" in item)).toBe(false);
    expect(unpackDirectoryResult(JSON.parse(JSON.stringify(packed)))).toEqual(page);
  });

  it("say a filter's status and country once, and a card's own only where it differs", () => {
    const cards = Array.from({ length: 20 }, (_, index) => ({
      ...result.items[2]!,
      slug: `imprisoned-in-kazakhstan-${index}`,
      status: index === 3 ? null : ("IMPRISONED" as const),
    }));
    const page = { ...result, total: 20, items: cards };
    const packed = packDirectoryResult(page, "en");

    expect(packed).toMatchObject({ status: "IMPRISONED", country: "KZ", match: "similar" });
    expect(packed.items[0]).not.toHaveProperty("status");
    expect(packed.items[0]).not.toHaveProperty("country");
    expect(packed.items[3]!.status).toBeNull();
    expect(unpackDirectoryResult(JSON.parse(JSON.stringify(packed)))).toEqual({
      ...page,
      items: cards.map((card) => ({ ...card, arrestedOn: null })),
    });
  });
});
