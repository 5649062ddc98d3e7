import { describe, expect, it } from "vitest";
import {
  prisonerCoreColumns,
  prisonerCoreSchema,
  prisonerFieldErrors,
  type PrisonerCoreInput,
} from "@/lib/validation/prisoner";

const valid: PrisonerCoreInput = {
  name: { en: " Mukhtar Dzhakishev ", ru: "Мухтар Джакишев" },
  sortName: "Dzhakishev Mukhtar",
  slug: "mukhtar-dzhakishev",
  gender: "MALE",
  birthYear: "",
  birthDate: "1963-06-07",
  citizenships: "kz; ru",
  countryCode: "kz",
  region: { en: "Almaty", ru: "" },
  roles: ["BUSINESSPERSON"],
  occupation: {},
  status: "IMPRISONED",
  statusSince: "2010-12",
  arrestedOn: "2009-05-21",
  summary: { en: "Former head of Kazatomprom." },
};

function errorsOf(input: PrisonerCoreInput) {
  const parsed = prisonerCoreSchema.safeParse(input);
  if (parsed.success) return {};
  return prisonerFieldErrors(parsed.error);
}

describe("the prisoner core schema", () => {
  it("accepts a complete profile and normalises it for the database", () => {
    const columns = prisonerCoreColumns(prisonerCoreSchema.parse(valid));
    expect(columns).toMatchObject({
      name: { en: "Mukhtar Dzhakishev", ru: "Мухтар Джакишев" },
      citizenships: ["KZ", "RU"],
      countryCode: "KZ",
      region: { en: "Almaty" },
      occupation: null,
      birthYear: 1963,
      statusSincePrecision: "MONTH",
      arrestedOnPrecision: "DAY",
    });
    expect(columns.statusSince?.toISOString()).toBe("2010-12-01T00:00:00.000Z");
    expect(columns.birthDate?.toISOString()).toBe("1963-06-07T00:00:00.000Z");
  });

  it("requires the English name, reported on the English input", () => {
    expect(errorsOf({ ...valid, name: { ru: "Мухтар Джакишев" } })).toEqual({
      "name.en": "englishRequired",
    });
  });

  it("refuses a slug with capitals or spaces", () => {
    expect(errorsOf({ ...valid, slug: "Mukhtar Dzhakishev" })).toEqual({ slug: "slugFormat" });
    expect(errorsOf({ ...valid, slug: " " })).toEqual({ slug: "slugRequired" });
  });

  it("refuses an arrest before the birth, but not a year that may contain it", () => {
    expect(errorsOf({ ...valid, arrestedOn: "1960" })).toEqual({
      arrestedOn: "arrestBeforeBirth",
    });
    expect(errorsOf({ ...valid, birthDate: "", birthYear: "1963", arrestedOn: "1963" })).toEqual(
      {},
    );
  });

  it("refuses impossible and future dates", () => {
    expect(errorsOf({ ...valid, arrestedOn: "2021-02-30" })).toEqual({
      arrestedOn: "dateInvalid",
    });
    expect(errorsOf({ ...valid, statusSince: "2999" })).toEqual({ statusSince: "dateInFuture" });
  });

  it("refuses a birth year that contradicts the birth date", () => {
    expect(errorsOf({ ...valid, birthYear: 1964 })).toEqual({ birthYear: "birthYearMismatch" });
  });

  it("refuses unknown statuses, roles and malformed country codes", () => {
    expect(
      errorsOf({ ...valid, status: "FREE", roles: "JOURNALIST, PILOT", countryCode: "KAZ" }),
    ).toEqual({ status: "statusInvalid", "roles.1": "roleInvalid", countryCode: "countryInvalid" });
    expect(errorsOf({ ...valid, status: "" })).toEqual({ status: "statusRequired" });
  });
});

describe("a prisoner row with only the required fields", () => {
  it("is valid: optional fields may be left out altogether", () => {
    const parsed = prisonerCoreSchema.safeParse({
      name: { en: "Ivan Petrov" },
      sortName: "Petrov Ivan",
      slug: "ivan-petrov",
      countryCode: "RU",
      status: "IMPRISONED",
    });
    expect(parsed.success).toBe(true);
  });
});
