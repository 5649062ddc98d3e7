import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { saveLetterAnswerAction } from "@/lib/actions/letters/save-letter-answer";
import type { FormState } from "@/lib/actions/staff-action";
import type { SavedVersion } from "@/components/dashboard/form/editor-form";
import { prisma } from "@/lib/db";
import { ANSWER_PDF_MAX_BYTES } from "@/lib/letter-answers/answer-document-upload";
import { loadMessages } from "@/lib/i18n/messages";
import { getFileStorage } from "@/lib/storage";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { FAKE_PDF, MINIMAL_PDF, plainImage } from "../fixtures/media-files";
import { insertPetition } from "../fixtures/petitions";
import { formOf, runAction } from "../fixtures/server-actions";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";

/**
 * Issue 19 part 5: the reply's PDF uploaded in the answer form itself, through the media
 * library's path (type read from the bytes, size limit, audit row), with a specific, translated
 * refusal for a file that is not a PDF or is too large, which keeps everything typed and writes
 * nothing. The action is called as the browser's multipart post would call it.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  refresh: vi.fn(),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));

const P = "answer-upload-it-";

let editor: StaffUser;
let letterId: string;
let errors: Record<string, string>;
const storedKeys: string[] = [];

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  letterId = (
    await insertPetition(prisma, { slug: `${P}${randomUUID().slice(0, 8)}`, label: "upload" })
  ).id;
  const messages = (await loadMessages("en")) as {
    LetterAnswerEditor: { errors: Record<string, string> };
  };
  errors = messages.LetterAnswerEditor.errors;
});

afterEach(() => signOutRequest());

afterAll(async () => {
  const storage = getFileStorage();
  await Promise.all(storedKeys.map((key) => storage.delete(key)));
  await prisma.$disconnect();
});

/** A valid PDF no other test uploaded (the library reuses an identical file). */
function uniquePdf(): Buffer {
  return Buffer.concat([MINIMAL_PDF, Buffer.from(`% ${randomUUID()}\n`)]);
}

async function letterVersion(): Promise<number> {
  return (await prisma.letter.findUniqueOrThrow({ where: { id: letterId } })).version;
}

/** The answer form as the browser posts it (multipart), with the reply's file. */
async function answerForm(file: { bytes: Buffer; name: string; type: string } | null) {
  const form = formOf({
    letterId,
    expectedVersion: await letterVersion(),
    receivedOn: "2026-11-20",
    answeredBy: "Ministry of Justice",
    "summary.en": "They refuse to review the case.",
    "summary.ru": "Отказ пересмотреть дело.",
    text: "Dear sirs, we have considered your appeal and see no grounds.",
    textLang: "en",
    documentId: "",
    locale: "en",
  });
  form.append(
    "documentFile",
    file
      ? new File([new Uint8Array(file.bytes)], file.name, { type: file.type })
      : new File([], ""),
  );
  return form;
}

async function save(file: { bytes: Buffer; name: string; type: string } | null) {
  await signInRequestAs(editor);
  return (await runAction(
    saveLetterAnswerAction,
    await answerForm(file),
  )) as FormState<SavedVersion>;
}

const answersOf = () =>
  prisma.letterAnswer.findMany({ where: { letterId }, select: { id: true, documentId: true } });

describe("uploading the reply's PDF with the answer", () => {
  it("stores it in the media library as a PDF, audited, and makes it the answer's document", async () => {
    const state = await save({ bytes: uniquePdf(), name: "reply.pdf", type: "application/pdf" });
    expect(state.status).toBe("success");
    const [answer] = await answersOf();
    expect(answer?.documentId).toBeTruthy();
    const asset = await prisma.mediaAsset.findUniqueOrThrow({ where: { id: answer!.documentId! } });
    storedKeys.push(asset.storageKey);
    expect(asset).toMatchObject({
      kind: "PDF",
      mimeType: "application/pdf",
      originalFilename: "reply.pdf",
      uploadedById: editor.id,
    });
    const audit = await prisma.auditLog.findFirst({
      where: { action: "media.upload", entityType: "MediaAsset", entityId: asset.id },
    });
    expect(audit?.actorId).toBe(editor.id);
  });

  it("refuses a text file named .pdf and an image with the specific message, keeps what was typed and writes nothing", async () => {
    const before = await answersOf();
    const assets = await prisma.mediaAsset.count();
    for (const file of [
      { bytes: FAKE_PDF, name: "reply.pdf", type: "application/pdf" },
      { bytes: await plainImage("png", 40, 30), name: "reply.png", type: "image/png" },
    ]) {
      const state = await save(file);
      expect(state.status).toBe("invalid");
      if (state.status !== "invalid") return;
      expect(state.fieldErrors.documentFile).toBe(errors.documentNotPdf);
      expect(state.values).toMatchObject({
        answeredBy: "Ministry of Justice",
        "summary.en": "They refuse to review the case.",
        "summary.ru": "Отказ пересмотреть дело.",
        text: "Dear sirs, we have considered your appeal and see no grounds.",
      });
    }
    expect(await answersOf()).toEqual(before);
    expect(await prisma.mediaAsset.count()).toBe(assets);
  });

  it("refuses a PDF over the form's limit with a message that names it and points to the media library", async () => {
    const before = await answersOf();
    const large = Buffer.concat([uniquePdf(), Buffer.alloc(ANSWER_PDF_MAX_BYTES, 0x20)]);
    const state = await save({ bytes: large, name: "scan.pdf", type: "application/pdf" });
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(state.fieldErrors.documentFile).toBe(errors.documentTooLarge);
    expect(errors.documentTooLarge).toContain(`${ANSWER_PDF_MAX_BYTES / 1024} KB`);
    expect(errors.documentTooLarge).toContain("media library");
    expect(state.values["summary.en"]).toBe("They refuse to review the case.");
    expect(await answersOf()).toEqual(before);
  });

  it("an empty file input is no upload: the answer is saved with the document chosen from the library", async () => {
    const state = await save(null);
    expect(state.status).toBe("success");
    expect((await answersOf()).filter((answer) => answer.documentId === null)).toHaveLength(1);
  });
});
