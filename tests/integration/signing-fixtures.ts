import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import type { LetterState } from "@/lib/generated/prisma/client";
import { insertPetition } from "../fixtures/petitions";
import { publicOrigin } from "@/lib/security/public-origin";
import { forgetSignableLetters } from "@/lib/signing/signable-letter";

/** Fixtures shared by the signing integration tests: petitions with a text, and sign forms. */

/** The site origin the route handlers accept and put into links (no VIGIL_PUBLIC_URL in tests). */
export const ORIGIN = publicOrigin();

export interface TestPetition {
  id: string;
  slug: string;
  versionId: string;
}

export async function createPetition(
  label: string,
  state: LetterState = "OPEN",
): Promise<TestPetition> {
  // Lower case, as every real slug is (the signing routes refuse anything else before a query).
  const slug = `signing-it-${label.toLowerCase()}-${randomBytes(4).toString("hex")}`;
  const petition = await insertPetition(prisma, { slug, label, state, published: false });
  forgetSignableLetters();
  return petition;
}

export function randomIp(): string {
  return `10.${[...randomBytes(3)].join(".")}`;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.org`;
}

/** A valid sign form for the petition; `fields` override or add fields. */
export function signForm(petition: TestPetition, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  const values: Record<string, string> = {
    name: "Anna Petrova",
    email: uniqueEmail("signer"),
    country: "DE",
    city: "",
    organisation: "",
    title: "",
    visibility: "PUBLIC",
    consent: "yes",
    locale: "en",
    letterVersionId: petition.versionId,
    elapsed: "8000",
    ...fields,
  };
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

export async function shardSum(letterId: string): Promise<number> {
  const sum = await prisma.signatureCounterShard.aggregate({
    where: { letterId },
    _sum: { confirmed: true },
  });
  return sum._sum.confirmed ?? 0;
}

/** The link token of the newest confirmation e-mail to `to` (read from the outbox row). */
export async function latestMailLinks(
  to: string,
): Promise<{ kind: string; confirmToken?: string; withdrawToken?: string }> {
  const message = await prisma.outboxMessage.findFirstOrThrow({
    where: { to },
    orderBy: { createdAt: "desc" },
  });
  const payload = message.payload as { confirmUrl?: string; withdrawUrl?: string };
  return {
    kind: message.kind,
    confirmToken: payload.confirmUrl?.split("/").pop(),
    withdrawToken: payload.withdrawUrl?.split("/").pop(),
  };
}
