import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionActor } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { ReauthenticationRequiredError } from "@/lib/errors";
import type { ExportListName } from "@/lib/export/export-list-names";
import { exportList, type ExportFormat } from "@/lib/export/export-stream";
import { createStaffUser } from "../fixtures/staff-users";
import { openSessionFor } from "../fixtures/auth-request";
import { ensureCountry } from "../fixtures/countries";

/**
 * Exports of sensitive personal data (lib/auth/data-classes.ts): `internal=1` gives every staff
 * role the working notes, but the family and lawyer contacts, the consent notes and reporters'
 * contacts only to editors and administrators who confirmed their password within ten minutes
 * — checked before a row is read — and each such export leaves one audit row with its row count.
 */

const COUNTRY = "XE";
const SENSITIVE = /SENTINEL-(FAMILY|LAWYER|CONSENT|CONTACT)/;

let prisonerId: string;

/** A staff member acting in a real session, confirmed `confirmedMinutesAgo` minutes ago. */
async function sessionActor(
  role: SessionActor["role"],
  confirmedMinutesAgo = 0,
): Promise<SessionActor> {
  const user = await createStaffUser(role);
  const sessionId = await openSessionFor(user);
  await prisma.staffSession.update({
    where: { id: sessionId },
    data: { confirmedAt: new Date(Date.now() - confirmedMinutesAgo * 60_000) },
  });
  return {
    ...user,
    sessionId,
    locale: null,
    twoFactorEnabled: false,
    needsTwoFactorEnrolment: false,
  };
}

async function download(
  actor: SessionActor,
  list: ExportListName,
  format: ExportFormat,
  internal: boolean,
): Promise<string> {
  const stream = await exportList(actor, list, format, { internal }, { ip: "198.51.100.9" });
  return new TextDecoder().decode(await new Response(stream).arrayBuffer());
}

function exportAudits(actor: SessionActor, list: ExportListName) {
  return prisma.auditLog.findMany({ where: { actorId: actor.id, action: `export.${list}` } });
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "sensitive-export-country", name: { en: "Xland" } });
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: "sensitive-export-prisoner",
      name: { en: "Export Sentinel" },
      sortName: "Sentinel Export",
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Held." },
      internal: {
        create: {
          familyContacts: "SENTINEL-FAMILY sister +7 701",
          lawyerContacts: "SENTINEL-LAWYER advokat@example.org",
          consentNotes: "SENTINEL-CONSENT no photo",
          notes: "WORKING-NOTE export",
        },
      },
    },
  });
  prisonerId = prisoner.id;
  await prisma.inaccuracyReport.create({
    data: { prisonerId, message: "Wrong date.", contact: "SENTINEL-CONTACT reader@example.org" },
  });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("exporting prisoners with internal=1", () => {
  it("gives a contributor the working notes and no sensitive column, in CSV and JSON", async () => {
    // A stale confirmation does not matter: nothing sensitive is exported to them.
    const contributor = await sessionActor("CONTRIBUTOR", 60);

    const csv = await download(contributor, "prisoners", "csv", true);
    const json = await download(contributor, "prisoners", "json", true);

    expect(csv).toContain("WORKING-NOTE export");
    expect(csv.split("\n")[0]).not.toMatch(/family|lawyer|consent/);
    expect(csv).not.toMatch(SENSITIVE);
    expect(json).not.toMatch(SENSITIVE);
    const [audit] = await exportAudits(contributor, "prisoners");
    expect(audit!.details).not.toHaveProperty("sensitive");
  });

  it("gives a recently confirmed editor every column, audited once with the row count", async () => {
    const editor = await sessionActor("EDITOR");

    const rows = JSON.parse(await download(editor, "prisoners", "json", true)) as Record<
      string,
      unknown
    >[];

    expect(rows.find((row) => row.id === prisonerId)).toMatchObject({
      internal_family_contacts: "SENTINEL-FAMILY sister +7 701",
      internal_lawyer_contacts: "SENTINEL-LAWYER advokat@example.org",
      internal_consent_notes: "SENTINEL-CONSENT no photo",
      internal_notes: "WORKING-NOTE export",
    });
    const audits = await exportAudits(editor, "prisoners");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ ip: "198.51.100.9", details: { sensitive: true } });
    // Counted as the export starts (other test files add and delete profiles meanwhile).
    expect((audits[0]!.details as { rows: number }).rows).toBeGreaterThanOrEqual(1);
  });

  it("refuses an editor whose password confirmation is older than ten minutes, before reading", async () => {
    const editor = await sessionActor("EDITOR", 11);

    await expect(download(editor, "prisoners", "csv", true)).rejects.toThrow(
      ReauthenticationRequiredError,
    );
    expect(await exportAudits(editor, "prisoners")).toEqual([]);
    // Without internal=1 nothing sensitive is asked for, and no confirmation is needed.
    expect(await download(editor, "prisoners", "csv", false)).not.toMatch(SENSITIVE);
  });

  it("refuses a sensitive export to an actor without a session (a script, a forged actor)", async () => {
    const editor = await sessionActor("EDITOR");
    const withoutSession = {
      id: editor.id,
      email: editor.email,
      name: editor.name,
      role: editor.role,
    };

    await expect(
      exportList(withoutSession, "prisoners", "csv", { internal: true }),
    ).rejects.toThrow(ReauthenticationRequiredError);
  });
});

describe("exporting inaccuracy reports", () => {
  it("gives the reporter's contact only to a confirmed editor who asks with internal=1", async () => {
    const contributor = await sessionActor("CONTRIBUTOR");
    const editor = await sessionActor("EDITOR");

    expect(await download(contributor, "inaccuracy-reports", "csv", true)).not.toMatch(SENSITIVE);
    expect(await download(editor, "inaccuracy-reports", "csv", false)).not.toMatch(SENSITIVE);
    expect(await download(editor, "inaccuracy-reports", "json", true)).toContain(
      "SENTINEL-CONTACT reader@example.org",
    );
    const stale = await sessionActor("EDITOR", 30);
    await expect(download(stale, "inaccuracy-reports", "csv", true)).rejects.toThrow(
      ReauthenticationRequiredError,
    );
  });
});
