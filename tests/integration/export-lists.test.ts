import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { SessionActor } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { ExportListName } from "@/lib/export/export-list-names";
import { exportList, type ExportFormat } from "@/lib/export/export-stream";
import { ensureCountry } from "../fixtures/countries";

const P = "export-it-";
const COUNTRY = "QE";

let editor: SessionActor;
let contributor: SessionActor;
let prisonerId: string;

/** A staff member in a session whose password was just confirmed (sensitive exports need it). */
async function staff(role: Actor["role"]): Promise<SessionActor> {
  const email = `${P}${role.toLowerCase()}@example.org`;
  const user = await prisma.user.upsert({
    where: { email },
    create: { email, name: `${role} exporter`, role },
    update: {},
  });
  const session = await prisma.staffSession.create({
    data: {
      userId: user.id,
      userSessionVersion: user.sessionVersion,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role,
    sessionId: session.id,
    locale: null,
    twoFactorEnabled: false,
    needsTwoFactorEnrolment: false,
  };
}

async function download(
  actor: SessionActor | null,
  list: ExportListName,
  format: ExportFormat,
  options: { internal?: boolean; state?: string } = {},
): Promise<string> {
  const stream = await exportList(actor, list, format, { internal: false, ...options });
  // ignoreBOM keeps the byte order mark in the text (Response.text() would drop it).
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    await new Response(stream).arrayBuffer(),
  );
}

function csvRows(text: string): Record<string, string>[] {
  return parse(text.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
}

beforeAll(async () => {
  editor = await staff("EDITOR");
  contributor = await staff("CONTRIBUTOR");
  await ensureCountry({
    code: COUNTRY,
    slug: `${P}country`,
    name: { en: "Qeland", ru: "Кьюландия" },
  });
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: `${P}formula`,
      name: { en: '=HYPERLINK("https://evil.example","Click")', ru: "Иван Петров" },
      sortName: "+Petrov Ivan",
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "@SUM(1+1)" },
      internal: {
        create: { familyContacts: "Wife: +7 700 000 00 00", notes: "Lawyer visits on Fridays" },
      },
    },
  });
  prisonerId = prisoner.id;
  await prisma.inaccuracyReport.create({
    data: {
      prisonerId,
      message: "-2+3 is the wrong date",
      contact: "reporter@example.org",
      ipHash: "secret-hash",
    },
  });
  await prisma.tag.createMany({
    data: Array.from({ length: 620 }, (_, index) => ({
      slug: `${P}tag-${String(index).padStart(4, "0")}`,
      name: { en: `Tag ${index}` },
    })),
  });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("exporting lists", () => {
  it("writes CSV with a byte order mark for Excel and the importer's column names", async () => {
    const text = await download(contributor, "prisoners", "csv");

    expect(text.startsWith("\uFEFFid,slug,state,name_en,name_ru,sort_name")).toBe(true);
    const row = csvRows(text).find((r) => r.id === prisonerId);
    expect(row?.name_ru).toBe("Иван Петров");
  });

  it("defuses cells a spreadsheet would run as formulas", async () => {
    const row = csvRows(await download(editor, "prisoners", "csv")).find(
      (r) => r.id === prisonerId,
    )!;

    expect(row.name_en).toBe('\'=HYPERLINK("https://evil.example","Click")');
    expect(row.sort_name).toBe("'+Petrov Ivan");
    expect(row.summary_en).toBe("'@SUM(1+1)");
    const report = csvRows(await download(editor, "inaccuracy-reports", "csv")).find(
      (r) => r.prisoner_id === prisonerId,
    )!;
    expect(report.message).toBe("'-2+3 is the wrong date");
  });

  it("leaves the staff-only fields out unless asked for by a role that may see them", async () => {
    const plain = await download(editor, "prisoners", "json");
    expect(plain).not.toContain("Lawyer visits on Fridays");

    const withInternal = JSON.parse(
      await download(editor, "prisoners", "json", { internal: true }),
    ) as Record<string, unknown>[];
    expect(withInternal.find((p) => p.id === prisonerId)).toMatchObject({
      internal_notes: "Lawyer visits on Fridays",
      // JSON keeps values as they are: no apostrophes there.
      sort_name: "+Petrov Ivan",
    });
  });

  it("gives the reporter's contact to editors only, and never the address hash", async () => {
    const forEditor = csvRows(
      await download(editor, "inaccuracy-reports", "csv", { internal: true }),
    );
    const forContributor = csvRows(
      await download(contributor, "inaccuracy-reports", "csv", { internal: true }),
    );

    expect(forEditor.find((r) => r.prisoner_id === prisonerId)?.contact).toBe(
      "reporter@example.org",
    );
    expect(Object.keys(forContributor[0]!)).not.toContain("contact");
    expect(await download(editor, "inaccuracy-reports", "json")).not.toContain("secret-hash");
  });

  it("refuses a signed-out caller", async () => {
    await expect(download(null, "prisoners", "csv")).rejects.toThrow(ForbiddenError);
  });

  it("streams long lists in batches without losing or repeating a row", async () => {
    const tags = (
      JSON.parse(await download(contributor, "tags", "json")) as { slug: string }[]
    ).filter((t) => t.slug.startsWith(`${P}tag-`));

    expect(tags).toHaveLength(620);
    expect(new Set(tags.map((t) => t.slug)).size).toBe(620);
  });

  it("filters by workflow state and records the export in the audit log", async () => {
    const published = csvRows(await download(editor, "prisoners", "csv", { state: "PUBLISHED" }));

    expect(published.some((r) => r.id === prisonerId)).toBe(false);
    expect(
      await prisma.auditLog.count({ where: { action: "export.prisoners", actorId: editor.id } }),
    ).toBeGreaterThan(0);
  });
});
