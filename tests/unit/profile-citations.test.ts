import { describe, expect, it } from "vitest";
import {
  createCitationNumbering,
  toPrisonerProfileDto,
  type PrisonerProfileRecord,
} from "@/lib/data/prisoner-profile";

type Confidence = "CONFIRMED" | "REPORTED" | "UNVERIFIED";

function source(id: string, confidence: Confidence = "REPORTED") {
  return {
    id,
    title: `Source ${id}`,
    publisher: null,
    url: `https://example.org/${id}`,
    archiveUrl: null,
    publishedOn: null,
    confidence,
    language: "en",
    document: null as { id: string; filename: string } | null,
  };
}

const cite = (...ids: string[]) => ids.map((sourceId) => ({ sourceId, locator: null }));

function record(overrides: Partial<PrisonerProfileRecord> = {}): PrisonerProfileRecord {
  return {
    id: "p1",
    slug: "test-person",
    name: { en: "Test Person", ru: "Тестовый Человек" },
    nameVariants: [],
    status: "IMPRISONED",
    statusSince: null,
    arrestedOn: { iso: "2022-04-26", precision: "DAY" },
    country: { code: "KZ", name: { en: "Kazakhstan", ru: "Казахстан" } },
    region: null,
    citizenships: [],
    occupation: null,
    summary: { en: "Summary." },
    biography: null,
    photo: null,
    currentDetention: null,
    detentionHistory: [],
    cases: [],
    criteria: [],
    recognitions: [],
    events: [],
    letters: [],
    publications: [],
    profileCitations: [],
    sources: {
      a: source("a", "CONFIRMED"),
      b: source("b", "REPORTED"),
      c: source("c", "UNVERIFIED"),
    },
    lastUpdated: null,
    ...overrides,
  };
}

function event(id: string, date: string, sourceIds: string[]) {
  return {
    id,
    date: { iso: date, precision: "DAY" as const },
    type: "HEARING" as const,
    title: { en: `Event ${id}` },
    text: { en: "Text." },
    updatedAt: `${date}T00:00:00.000Z`,
    citations: cite(...sourceIds),
  };
}

describe("citation numbering", () => {
  it("gives each source one number, in the order the page first cites it", () => {
    const numbering = createCitationNumbering(record().sources);
    const first = numbering.cite(cite("b", "a"));
    const second = numbering.cite(cite("a", "c"));

    expect(first.map((ref) => ref.number)).toEqual([1, 2]);
    expect(second.map((ref) => ref.number)).toEqual([2, 3]);
    expect(numbering.sources().map((s) => [s.number, s.title])).toEqual([
      [1, "Source b"],
      [2, "Source a"],
      [3, "Source c"],
    ]);
  });

  it("gives every place a source is cited its own back-link target", () => {
    const numbering = createCitationNumbering(record().sources);
    numbering.cite(cite("a"));
    numbering.cite(cite("a"));

    const [a] = numbering.sources();
    expect(a!.anchorId).toBe("source-1");
    expect(a!.backRefs).toEqual([{ refId: "cite-1-1" }, { refId: "cite-1-2" }]);
  });

  it("lists a place's references in ascending order and each source once", () => {
    const numbering = createCitationNumbering(record().sources);
    numbering.cite(cite("c"));
    const refs = numbering.cite(cite("b", "c", "b"));
    expect(refs.map((ref) => ref.number)).toEqual([1, 2]);
  });

  it("ignores citations of sources the record does not hold", () => {
    const numbering = createCitationNumbering(record().sources);
    expect(numbering.cite(cite("missing"))).toEqual([]);
    expect(numbering.sources()).toEqual([]);
  });
});

describe("the profile DTO", () => {
  it("numbers the header's facts first, then the whole profile, the criteria and the timeline", () => {
    const dto = toPrisonerProfileDto(
      record({
        profileCitations: [
          { field: "arrestedOn", citations: cite("c") },
          { field: null, citations: cite("b") },
          { field: "status", citations: cite("a") },
        ],
        criteria: [
          { criterion: "UNFAIR_PROCEEDINGS", reasoning: { en: "Why." }, citations: cite("b", "c") },
        ],
        events: [event("e1", "2024-01-01", ["a"])],
      }),
      "en",
    );

    expect(dto.factCitations.status?.map((ref) => ref.number)).toEqual([1]);
    expect(dto.factCitations.arrestedOn?.map((ref) => ref.number)).toEqual([2]);
    expect(dto.generalCitations.map((ref) => ref.number)).toEqual([3]);
    expect(dto.criteria[0]!.citations.map((ref) => ref.number)).toEqual([2, 3]);
    expect(dto.events[0]!.citations.map((ref) => ref.refId)).toEqual(["cite-1-2"]);
    expect(dto.sources.map((s) => s.title)).toEqual(["Source a", "Source c", "Source b"]);
  });

  it("cites a fact that the page does not show with the profile as a whole, and drops citations of absent facts", () => {
    const dto = toPrisonerProfileDto(
      record({
        region: null,
        profileCitations: [
          { field: "biography", citations: cite("a") },
          { field: "region", citations: cite("b") },
        ],
      }),
      "en",
    );
    expect(dto.generalCitations.map((ref) => ref.number)).toEqual([1]);
    expect(dto.factCitations.region).toBeUndefined();
    expect(dto.sources.map((s) => s.title)).toEqual(["Source a"]);
  });

  it("marks an event with the strongest confidence of its sources, and an uncited event as unverified", () => {
    const dto = toPrisonerProfileDto(
      record({
        events: [
          event("e1", "2024-02-01", ["c", "a"]),
          event("e2", "2024-01-01", ["b", "c"]),
          event("e3", "2023-01-01", []),
        ],
      }),
      "en",
    );
    expect(dto.events.map((e) => e.confidence)).toEqual(["CONFIRMED", "REPORTED", "UNVERIFIED"]);
  });

  it("resolves text for the locale and says when it fell back to English", () => {
    const ru = toPrisonerProfileDto(record(), "ru");
    expect(ru.name).toEqual({ text: "Тестовый Человек", lang: "ru", isFallback: false });
    expect(ru.summary).toEqual({ text: "Summary.", lang: "en", isFallback: true });
    expect(ru.hasFallbackText).toBe(true);

    const en = toPrisonerProfileDto(record(), "en");
    expect(en.hasFallbackText).toBe(false);
  });

  it("keeps only web addresses of sources, never other schemes", () => {
    const dto = toPrisonerProfileDto(
      record({
        sources: { a: { ...source("a"), url: "javascript:alert(1)", archiveUrl: null } },
        profileCitations: [{ field: null, citations: cite("a") }],
      }),
      "en",
    );
    expect(dto.sources[0]!.url).toBeNull();
  });

  it("links a source's public document at its media address, and no address otherwise", () => {
    const dto = toPrisonerProfileDto(
      record({
        sources: {
          a: { ...source("a"), document: { id: "doc1", filename: "Ruling №1.pdf" } },
          b: source("b"),
        },
        profileCitations: [{ field: null, citations: cite("a", "b") }],
      }),
      "en",
    );
    expect(dto.sources.map((item) => item.documentUrl)).toEqual([
      "/api/media/doc1/Ruling%20%E2%84%961.pdf",
      null,
    ]);
  });

  it("links news and statements under /news and reports under /reports", () => {
    const dto = toPrisonerProfileDto(
      record({
        publications: [
          { slug: "n", type: "NEWS", title: { en: "N" }, publishedOn: null },
          { slug: "s", type: "STATEMENT", title: { en: "S" }, publishedOn: null },
          { slug: "r", type: "REPORT", title: { en: "R" }, publishedOn: null },
        ],
      }),
      "en",
    );
    expect(dto.publications.map((p) => p.href)).toEqual(["/news/n", "/news/s", "/reports/r"]);
  });
});
