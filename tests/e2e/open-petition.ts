import { randomUUID } from "node:crypto";
import type {
  PrismaClient,
  SignatureFlag,
  SignatureVisibility,
} from "@/lib/generated/prisma/client";

/**
 * An open petition with one text version, written straight into the e2e database, and confirmed
 * signatures on it (flagged or not): the set-up of the journeys on a letter's signatures (the
 * letters, bulk and no-JavaScript bulk specs). Every value is unique to the caller's run.
 */
export interface OpenPetition {
  letterId: string;
  versionId: string;
}

export async function createOpenPetition(
  database: PrismaClient,
  { slug, title }: { slug: string; title: string },
): Promise<OpenPetition> {
  const letter = await database.letter.create({
    data: {
      slug,
      kind: "PETITION",
      state: "OPEN",
      title: { en: title },
      addresseeName: { en: "The President" },
      goal: 100,
    },
  });
  const version = await database.letterVersion.create({
    data: {
      letterId: letter.id,
      number: 1,
      title: { en: title },
      body: {
        en: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Free them now." }] }],
        },
      },
    },
  });
  await database.letter.update({
    where: { id: letter.id },
    data: { currentVersionId: version.id },
  });
  return { letterId: letter.id, versionId: version.id };
}

/** A confirmed signature with a fresh address; returns its id. */
export async function addConfirmedSignature(
  database: PrismaClient,
  petition: OpenPetition,
  name: string,
  flags: SignatureFlag[],
  visibility: SignatureVisibility = "PUBLIC",
): Promise<string> {
  const email = `${randomUUID()}@example.org`;
  const row = await database.signature.create({
    data: {
      letterId: petition.letterId,
      letterVersionId: petition.versionId,
      locale: "en",
      name,
      email,
      emailKey: email,
      countryCode: "DE",
      visibility,
      status: "CONFIRMED",
      confirmedAt: new Date(),
      consentGivenAt: new Date(),
      consentTextVersion: "e2e",
      flags,
    },
    select: { id: true },
  });
  return row.id;
}
