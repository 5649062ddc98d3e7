import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditActionWords,
  type AuditTranslator,
} from "@/components/dashboard/history/audit-action-words";
import {
  formatSnapshotValue,
  rowLabelText,
  type ValueWords,
} from "@/components/dashboard/history/format-value";
import { createValueWords, type RootTranslator } from "@/components/dashboard/history/value-words";
import { diffSnapshots } from "@/lib/content-store/diff-snapshots";
import type { NameBook } from "@/lib/data/history-references";
import { describeChange } from "@/lib/data/revision-context";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * The history view says values as the editor saw them in the form, in both locales: labels for
 * enums, names for ids (or "deleted item"), dates with their precision, rows as readable lines.
 * The words come from the real message files.
 */
const names: NameBook = {
  facility: { fac1: "Penal colony No. 3" },
  article: { art1: "UK RK 274 2" },
  country: { KZ: "Kazakhstan" },
};

const words: Record<"en" | "ru", ValueWords> = {} as never;
const audit: Record<"en" | "ru", AuditTranslator> = {} as never;

beforeAll(async () => {
  for (const locale of ["en", "ru"] as const) {
    const messages = await loadMessages(locale);
    const t = createTranslator({ locale, messages: messages as never });
    words[locale] = createValueWords(t as unknown as RootTranslator, locale, names);
    const tAudit = createTranslator({
      locale,
      messages: messages as never,
      namespace: "Audit" as never,
    });
    audit[locale] = tAudit as unknown as AuditTranslator;
  }
});

describe("history values in words", () => {
  it("says enum values by the labels of the form", () => {
    expect(formatSnapshotValue("SENTENCED", words.en, { key: "stage" })).toBe("Sentenced");
    expect(formatSnapshotValue("SENTENCED", words.ru, { key: "stage" })).toBe("Вынесен приговор");
    expect(formatSnapshotValue("IMPRISONED", words.en, { key: "status" })).toBe("Imprisoned");
    expect(formatSnapshotValue("IMPRISONED", words.ru, { key: "status" })).toBe("В заключении");
    expect(formatSnapshotValue(["JOURNALIST", "BLOGGER"], words.ru, { key: "roles" })).toBe(
      "Журналист, Блогер",
    );
    expect(formatSnapshotValue("MONTH", words.en, { key: "statusSincePrecision" })).toBe(
      "Month only",
    );
    // A text that merely looks like a code stays as it was written.
    expect(formatSnapshotValue("SENTENCED", words.en, { key: "caseNumber" })).toBe("SENTENCED");
  });

  it("says dates in the locale's format with their precision", () => {
    const march = "2024-03-01T00:00:00.000Z";
    expect(formatSnapshotValue(march, words.en, { key: "statusSince" })).toBe("March 1, 2024");
    expect(formatSnapshotValue(march, words.en, { precision: "MONTH" })).toBe("March 2024");
    expect(formatSnapshotValue(march, words.en, { precision: "YEAR" })).toBe("2024");
    expect(formatSnapshotValue(march, words.ru, { precision: "DAY" })).toBe("1 марта 2024 г.");
    expect(formatSnapshotValue(march, words.ru, { precision: "MONTH" })).toBe("март 2024 г.");
    expect(formatSnapshotValue(march, words.ru, { precision: "YEAR" })).toBe("2024");
  });

  it("names referenced rows, and says when one is gone", () => {
    expect(formatSnapshotValue("fac1", words.en, { key: "facilityId" })).toBe("Penal colony No. 3");
    expect(formatSnapshotValue("gone1", words.en, { key: "facilityId" })).toBe("a deleted item");
    expect(formatSnapshotValue("gone1", words.ru, { key: "facilityId" })).toBe("удалённый объект");
    expect(formatSnapshotValue(["KZ"], words.en, { key: "citizenships" })).toBe("Kazakhstan");
    expect(formatSnapshotValue(true, words.ru)).toBe("Да");
    expect(formatSnapshotValue(false, words.en)).toBe("No");
  });

  it("says a whole row as its fields in words, without ids or display copies", () => {
    const detention = {
      id: "d1",
      facilityId: "fac1",
      facility: { name: { en: "Old copy of the name" } },
      startedOn: "2023-05-01T00:00:00.000Z",
      startedOnPrecision: "MONTH",
      endedOn: null,
      addressPublic: true,
    };
    expect(formatSnapshotValue(detention, words.en)).toBe(
      "Facility: Penal colony No. 3\nFrom: May 2023\nAddress shown publicly: Yes",
    );
    expect(formatSnapshotValue(detention, words.ru)).toBe(
      "Учреждение: Penal colony No. 3\nС: май 2023 г.\nАдрес показан публично: Да",
    );
  });

  it("puts a nested change in context: its key, precision and row, display copies left out", () => {
    const before = {
      cases: [{ id: "c1", caseNumber: "12-345", stage: "TRIAL", detainedOn: null }],
      detentions: [
        { id: "d1", facilityId: "gone1", facility: { name: { en: "A" } }, startedOn: null },
      ],
      statusSince: "2024-01-01T00:00:00.000Z",
      statusSincePrecision: "YEAR",
    };
    const after = {
      cases: [{ id: "c1", caseNumber: "12-345", stage: "SENTENCED", detainedOn: null }],
      detentions: [
        { id: "d1", facilityId: "fac1", facility: { name: { en: "B" } }, startedOn: null },
      ],
      statusSince: "2024-03-01T00:00:00.000Z",
      statusSincePrecision: "MONTH",
    };
    const changes = diffSnapshots(before, after).flatMap((change) => {
      const described = describeChange(change, before, after);
      return described ? [described] : [];
    });
    expect(changes.map((change) => change.path.join("."))).toEqual([
      "cases.c1.stage",
      "detentions.d1.facilityId",
      "statusSince",
      "statusSincePrecision",
    ]);
    const [stage, facility, since] = changes;
    expect(stage).toMatchObject({ key: "stage", rowLabel: { key: "caseNumber", value: "12-345" } });
    expect(rowLabelText(stage!.rowLabel, words.en)).toBe("12-345");
    expect(formatSnapshotValue(facility!.before, words.en, { key: facility!.key })).toBe(
      "a deleted item",
    );
    expect(formatSnapshotValue(facility!.after, words.ru, { key: facility!.key })).toBe(
      "Penal colony No. 3",
    );
    expect(since!.precision).toEqual({ before: "YEAR", after: "MONTH" });
    expect(
      formatSnapshotValue(since!.after, words.en, { key: "statusSince", precision: "MONTH" }),
    ).toBe("March 2024");
  });
});

describe("audit actions in words", () => {
  it("says content actions and named actions in both locales, and keeps unknown codes", () => {
    expect(auditActionWords("prisoner.publish", audit.en)).toBe("Published");
    expect(auditActionWords("prisoner.publish", audit.ru)).toBe("Публикация");
    expect(auditActionWords("facility.update", audit.en)).toBe("Edited");
    expect(auditActionWords("auth.sign_in", audit.ru)).toBe("Вход");
    expect(auditActionWords("media.upload", audit.en)).toBe("Uploaded a file");
    expect(auditActionWords("paged-e2e-1", audit.en)).toBe("paged-e2e-1");
    expect(auditActionWords("=cmd|' /C calc'!A0", audit.en)).toBe("=cmd|' /C calc'!A0");
  });
});
