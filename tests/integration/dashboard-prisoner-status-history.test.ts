import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisoner } from "@/lib/actions/prisoners/create-prisoner";
import { updatePrisonerBasics } from "@/lib/actions/prisoners/update-prisoner-basics";
import { updatePrisonerStatusHistory } from "@/lib/actions/prisoners/update-prisoner-status-history";
import { initialFormState } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs } from "../fixtures/auth-request";
import { ensureCountry } from "../fixtures/countries";
import { prisonerBasicsForm } from "../fixtures/prisoners";
import type { FormFields } from "../fixtures/server-actions";

/**
 * The "Status history" tab's action against PostgreSQL, with a real session and the content
 * store: the history is edited row by row and the profile's current status follows its latest
 * entry.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const COUNTRY = "QS";
let editor: StaffUser;

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "status-it-country", name: { en: "Statusland" } });
  editor = await createStaffUser("EDITOR");
});

/** The basics form of this file's profiles: detained since March 2025. */
const basicsForm = (fields: FormFields = {}) =>
  prisonerBasicsForm(COUNTRY, { statusSince: "2025-03", ...fields });

async function createProfile(): Promise<{ id: string; slug: string; firstChangeId: string }> {
  await signInRequestAs(editor);
  const form = basicsForm();
  const digest = await createPrisoner(initialFormState, form).then(
    () => "",
    (error: unknown) => (error as { digest?: string }).digest ?? "",
  );
  const id = /\/dashboard\/prisoners\/([^;/]+);/.exec(digest)![1]!;
  const change = await prisma.prisonerStatusChange.findFirstOrThrow({ where: { prisonerId: id } });
  return { id, slug: String(form.get("slug")), firstChangeId: change.id };
}

function historyForm(id: string, version: number, rows: Record<string, string>[]): FormData {
  const form = new FormData();
  form.set("id", id);
  form.set("expectedVersion", String(version));
  form.set("intent", "save");
  rows.forEach((row, index) => {
    for (const [name, value] of Object.entries(row))
      form.set(`statusChanges.${index}.${name}`, value);
  });
  return form;
}

describe("editing the status history", () => {
  it("saves past entries with a revision and makes the latest one the current status", async () => {
    const { id, firstChangeId } = await createProfile();
    const state = await updatePrisonerStatusHistory(
      initialFormState,
      historyForm(id, 1, [
        {
          id: firstChangeId,
          status: "PRETRIAL_DETENTION",
          effectiveOn: "2025-03-14",
          "note.en": "Detained after a rally in Almaty.",
        },
        { status: "IMPRISONED", effectiveOn: "2025-11", "note.ru": "Приговорён к пяти годам." },
        { status: "", effectiveOn: "", "note.en": "" },
      ]),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });

    const prisoner = await prisma.prisoner.findUniqueOrThrow({
      where: { id },
      include: { statusChanges: { orderBy: { effectiveOn: "asc" } } },
    });
    expect(prisoner).toMatchObject({
      status: "IMPRISONED",
      statusSince: new Date("2025-11-01T00:00:00Z"),
      statusSincePrecision: "MONTH",
    });
    expect(prisoner.statusChanges).toMatchObject([
      {
        id: firstChangeId,
        status: "PRETRIAL_DETENTION",
        note: { en: "Detained after a rally in Almaty." },
      },
      {
        status: "IMPRISONED",
        effectiveOnPrecision: "MONTH",
        note: { ru: "Приговорён к пяти годам." },
      },
    ]);
    expect(await prisma.revision.count({ where: { entityType: "Prisoner", entityId: id } })).toBe(
      2,
    );
  });

  it("removing the latest entry brings the previous status back, and removing all keeps the current one", async () => {
    const { id, firstChangeId } = await createProfile();
    await updatePrisonerStatusHistory(
      initialFormState,
      historyForm(id, 1, [
        { id: firstChangeId, status: "PRETRIAL_DETENTION", effectiveOn: "2025-03" },
        { status: "RELEASED", effectiveOn: "2025-10-02" },
      ]),
    );
    const released = await prisma.prisonerStatusChange.findFirstOrThrow({
      where: { prisonerId: id, status: "RELEASED" },
    });
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).status).toBe("RELEASED");

    const state = await updatePrisonerStatusHistory(
      initialFormState,
      historyForm(id, 2, [
        { id: firstChangeId, status: "PRETRIAL_DETENTION", effectiveOn: "2025-03" },
        { id: released.id, status: "RELEASED", effectiveOn: "2025-10-02", remove: "on" },
      ]),
    );
    expect(state.status).toBe("success");
    expect(await prisma.prisoner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PRETRIAL_DETENTION",
      statusSincePrecision: "MONTH",
    });

    await updatePrisonerStatusHistory(
      initialFormState,
      historyForm(id, 3, [{ id: firstChangeId, status: "PRETRIAL_DETENTION", remove: "on" }]),
    );
    const changes = await prisma.prisonerStatusChange.findMany({ where: { prisonerId: id } });
    expect(changes).toMatchObject([
      { status: "PRETRIAL_DETENTION", effectiveOnPrecision: "MONTH" },
    ]);
  });

  it("refuses an unknown status and a future date on their fields, keeps the values, writes nothing", async () => {
    const { id, firstChangeId } = await createProfile();
    const state = await updatePrisonerStatusHistory(
      initialFormState,
      historyForm(id, 1, [
        { id: firstChangeId, status: "PRETRIAL_DETENTION", effectiveOn: "2025-03" },
        { status: "VANISHED", effectiveOn: "2099-01-01", "note.en": "Typed note" },
      ]),
    );
    expect(state).toMatchObject({ status: "invalid" });
    const errors = (state as { fieldErrors: Record<string, string> }).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual([
      "statusChanges.1.effectiveOn",
      "statusChanges.1.status",
    ]);
    expect(state.values["statusChanges.1.note.en"]).toBe("Typed note");
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("a stale form gets the conflict and changes nothing", async () => {
    const { id, firstChangeId } = await createProfile();
    const row = { id: firstChangeId, status: "PRETRIAL_DETENTION", effectiveOn: "2025-03-01" };
    expect(
      (await updatePrisonerStatusHistory(initialFormState, historyForm(id, 1, [row]))).status,
    ).toBe("success");
    const stale = await updatePrisonerStatusHistory(
      initialFormState,
      historyForm(id, 1, [{ ...row, status: "RELEASED" }]),
    );
    expect(stale).toMatchObject({ status: "error", code: "conflict" });
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).status).toBe(
      "PRETRIAL_DETENTION",
    );
  });
});

describe("the basics tab and the history", () => {
  it("a new 'status since' with the same status moves the latest entry's date", async () => {
    const { id, slug, firstChangeId } = await createProfile();
    const state = await updatePrisonerBasics(
      initialFormState,
      basicsForm({ id, slug, expectedVersion: "1", statusSince: "2025-04-02" }),
    );
    expect(state.status).toBe("success");
    const changes = await prisma.prisonerStatusChange.findMany({ where: { prisonerId: id } });
    expect(changes).toMatchObject([
      {
        id: firstChangeId,
        effectiveOn: new Date("2025-04-02T00:00:00Z"),
        effectiveOnPrecision: "DAY",
      },
    ]);
  });
});
