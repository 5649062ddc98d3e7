import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/features/profile.en.json";
import ru from "@/lib/i18n/messages/features/profile.ru.json";
import {
  parseInaccuracyReportForm,
  type ReportErrorCode,
} from "@/lib/validation/inaccuracy-report";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({
    prisoner: "mukhtar-dzhakishev",
    locale: "en",
    ...fields,
  })) {
    data.set(name, value);
  }
  return data;
}

const valid = "The date of arrest is wrong: it was 25 April 2022.";

describe("the inaccuracy report form", () => {
  it("accepts a description with an optional source and contact, trimmed, empty optionals dropped", () => {
    const parsed = parseInaccuracyReportForm(
      form({ message: `  ${valid}  `, sourceUrl: " ", contact: " me@example.org " }),
    );
    expect(parsed).toEqual({
      success: true,
      honeypotFilled: false,
      data: {
        prisoner: "mukhtar-dzhakishev",
        locale: "en",
        message: valid,
        contact: "me@example.org",
      },
    });
  });

  const cases: [string, Record<string, string>, Record<string, ReportErrorCode>][] = [
    ["a missing description", { message: "   " }, { message: "messageRequired" }],
    ["a description under 10 characters", { message: "Wrong." }, { message: "messageTooShort" }],
    [
      "a description over 2000 characters",
      { message: "x".repeat(2001) },
      { message: "messageTooLong" },
    ],
    [
      "a source that is not a web address",
      { message: valid, sourceUrl: "javascript:alert(1)" },
      { sourceUrl: "sourceUrlInvalid" },
    ],
    [
      "a source without a scheme",
      { message: valid, sourceUrl: "example.org/article" },
      { sourceUrl: "sourceUrlInvalid" },
    ],
    [
      "a source on another protocol",
      { message: valid, sourceUrl: "ftp://example.org/file" },
      { sourceUrl: "sourceUrlInvalid" },
    ],
    [
      "an overlong source address",
      { message: valid, sourceUrl: `https://example.org/${"a".repeat(2100)}` },
      { sourceUrl: "sourceUrlTooLong" },
    ],
    [
      "a contact over 200 characters",
      { message: valid, contact: "c".repeat(201) },
      { contact: "contactTooLong" },
    ],
    [
      "several problems at once",
      { message: "short", sourceUrl: "nope", contact: "c".repeat(201) },
      { message: "messageTooShort", sourceUrl: "sourceUrlInvalid", contact: "contactTooLong" },
    ],
  ];

  for (const [name, fields, errors] of cases) {
    it(`names the field and the problem for ${name}, and keeps what was typed`, () => {
      const parsed = parseInaccuracyReportForm(form(fields));
      expect(parsed.success).toBe(false);
      if (parsed.success) return;
      expect(parsed.errors).toEqual(errors);
      expect(parsed.values.message).toBe(fields.message ?? "");
      expect(parsed.values.sourceUrl).toBe(fields.sourceUrl ?? "");
    });
  }

  it("fails without field errors when the hidden fields were tampered with", () => {
    const parsed = parseInaccuracyReportForm(
      form({ message: valid, prisoner: "../../etc", locale: "de" }),
    );
    expect(parsed).toMatchObject({ success: false, errors: {} });
  });

  it("notices a filled honeypot", () => {
    expect(
      parseInaccuracyReportForm(form({ message: valid, website: "http://spam" })),
    ).toMatchObject({ success: true, honeypotFilled: true });
  });

  it("has a specific, translated message for every problem, with the limits filled in", () => {
    const codes: ReportErrorCode[] = [
      "messageRequired",
      "messageTooShort",
      "messageTooLong",
      "sourceUrlInvalid",
      "sourceUrlTooLong",
      "contactTooLong",
    ];
    for (const [locale, messages] of [
      ["en", en],
      ["ru", ru],
    ] as const) {
      const t = createTranslator({ locale, messages, namespace: "ProfileReport.errors" });
      const texts = codes.map((code) => t(code, { min: 10, max: 2000 }));
      expect(new Set(texts).size, locale).toBe(codes.length);
      expect(t("messageTooShort", { min: 10, max: 2000 })).toContain("10");
      expect(t("messageTooLong", { min: 10, max: 2000 })).toContain("2000");
    }
  });
});
