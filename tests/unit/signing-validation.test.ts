import { describe, expect, it } from "vitest";
import { z } from "zod";
import enMessages from "@/lib/i18n/messages/features/signing.en.json";
import ruMessages from "@/lib/i18n/messages/features/signing.ru.json";
import {
  parseSignatureForm,
  SIGNATURE_FIELDS,
  SIGNATURE_LIMITS,
  signatureSchema,
} from "@/lib/validation/signature";
import { schemaErrorCodes } from "../fixtures/schema-error-codes";

const valid = {
  name: "Anna Petrova",
  email: "anna@example.org",
  country: "de",
  city: "",
  organisation: "",
  title: "",
  visibility: "COUNT_ONLY",
  consent: "yes",
  locale: "en",
  letterVersionId: "version-1",
  elapsed: "5000",
};

function parse(fields: Record<string, string | undefined>) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...valid, ...fields })) {
    if (value !== undefined) data.set(name, value);
  }
  return parseSignatureForm(data);
}

function errorsOf(fields: Record<string, string | undefined>) {
  const result = parse(fields);
  return result.success ? {} : result.errors;
}

describe("the sign form's validation", () => {
  it("accepts a valid form, normalising the country code and empty optional fields", () => {
    const result = parse({});
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({ country: "DE", city: null, consent: true });
    expect(result.elapsedMs).toBe(5000);
  });

  it.each([
    ["name", "", "required"],
    ["name", "   ", "required"],
    ["name", "a".repeat(SIGNATURE_LIMITS.name + 1), "tooLong"],
    ["name", "Anna\u0000Petrova", "controlCharacters"],
    ["name", "Anna\nPetrova", "controlCharacters"],
    ["name", "Anna \u202EavorteP", "controlCharacters"],
    ["name", "<script>alert(1)</script>", "markup"],
    ["name", "Anna <b>", "markup"],
    ["email", "", "required"],
    ["email", "anna@", "invalid"],
    ["email", "anna example.org", "invalid"],
    ["email", `${"a".repeat(250)}@example.org`, "tooLong"],
    ["country", "", "required"],
    ["country", "ZZ", "unknown"],
    ["country", "Germany", "unknown"],
    ["city", "c".repeat(SIGNATURE_LIMITS.city + 1), "tooLong"],
    ["city", "Riga\u0007", "controlCharacters"],
    ["organisation", "<img src=x>", "markup"],
    ["organisation", "o".repeat(SIGNATURE_LIMITS.organisation + 1), "tooLong"],
    ["title", "Dr <i>", "markup"],
    ["visibility", "", "required"],
    ["visibility", "EVERYONE", "required"],
    ["consent", undefined, "required"],
  ])("refuses %s %j with the specific error %s", (field, value, code) => {
    expect(errorsOf({ [field]: value })).toEqual({ [field]: code });
  });

  it("keeps every value the signer typed for the form to show again", () => {
    const result = parse({ name: "<b>", email: "bad", consent: undefined, city: "Riga" });
    expect(result.success).toBe(false);
    expect(result.values).toEqual({
      name: "<b>",
      email: "bad",
      country: "de",
      city: "Riga",
      organisation: "",
      title: "",
      visibility: "COUNT_ONLY",
      consent: false,
      notifyOutcome: false,
    });
  });

  it("reports a tampered hidden field without blaming a visible field", () => {
    const result = parse({ locale: "xx" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.formTampered).toBe(true);
    expect(result.errors).toEqual({});
  });

  it("reads the error codes from the schema: a new check, or one without a code, is listed", () => {
    const name = signatureSchema.shape.name;

    expect(schemaErrorCodes(name.refine(() => true, { error: "newCode" }))).toEqual([
      ...schemaErrorCodes(name),
      "newCode",
    ]);
    expect(schemaErrorCodes(z.string().trim().max(5))).toEqual([
      "max_length without an error code",
    ]);
  });

  it("has a message in English and Russian for every error the schema can give", () => {
    // Read from the schema, so that a new check is covered without editing this test.
    const codes = Object.fromEntries(
      SIGNATURE_FIELDS.map((name) => [name, schemaErrorCodes(signatureSchema.shape[name])]),
    );
    for (const [field, list] of Object.entries(codes)) {
      expect(list.length, `error codes found for ${field}`).toBeGreaterThan(0);
    }
    for (const messages of [enMessages, ruMessages]) {
      const errors = messages.Signing.errors as Record<string, Record<string, string>>;
      for (const [field, list] of Object.entries(codes)) {
        for (const code of list) expect(errors[field]?.[code], `${field}.${code}`).toBeTruthy();
      }
    }
  });
});
