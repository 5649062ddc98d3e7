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
  it("unpack to exactly the results they were packed from", () => {
    const packed = JSON.parse(JSON.stringify(packDirectoryResult(result, "en")));
    expect(unpackDirectoryResult(packed)).toEqual(result);
  });

  it("carry only values: no keys for what is absent, no language where it is the page's", () => {
    const packed = packDirectoryResult(result, "en");
    expect(packed.items[1]).toEqual({ slug: "withheld", name: ["Аноним", "ru"] });
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(result).length * 0.6);
  });
});
