import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { anonymiseExpiredSignatures } from "@/lib/signing/anonymise";
import { confirmSignature } from "@/lib/signing/confirm-signature";
import { submitSignature } from "@/lib/signing/record-signature";
import {
  createPetition,
  latestMailLinks,
  ORIGIN,
  randomIp,
  shardSum,
  signForm,
  uniqueEmail,
  type TestPetition,
} from "../fixtures/signing";

const DAY = 86_400_000;

async function signAndConfirm(target: TestPetition, email: string) {
  await submitSignature(signForm(target, { email, city: "Riga", organisation: "Uni" }), {
    slug: target.slug,
    clientIp: randomIp(),
    origin: ORIGIN,
  });
  await confirmSignature(target.slug, (await latestMailLinks(email)).confirmToken!);
}

describe("anonymising signatures after the retention period", () => {
  it("drops personal data of long-closed letters, keeps counts, and leaves recent and open letters alone", async () => {
    const old = await createPetition("anon-old");
    const recent = await createPetition("anon-recent");
    const open = await createPetition("anon-open");
    const oldEmail = uniqueEmail("anon");
    for (const target of [old, recent, open]) {
      await signAndConfirm(target, target === old ? oldEmail : uniqueEmail("anon"));
      await signAndConfirm(target, uniqueEmail("anon"));
    }
    await prisma.letter.update({ where: { id: old.id }, data: { state: "CLOSED" } });
    await prisma.letter.update({ where: { id: recent.id }, data: { state: "DELIVERED" } });
    // "Now" is 400 days ahead for the old letter's perspective: backdate it instead.
    await prisma.$executeRaw`UPDATE "Letter" SET "updatedAt" = now() - interval '400 days' WHERE "id" = ${old.id}`;

    const result = await anonymiseExpiredSignatures({ retentionDays: 365 });
    expect(result.signatures).toBeGreaterThanOrEqual(2);

    const anonymised = await prisma.signature.findMany({ where: { letterId: old.id } });
    expect(anonymised).toHaveLength(2);
    for (const row of anonymised) {
      expect(row).toMatchObject({
        name: null,
        email: null,
        city: null,
        organisation: null,
        title: null,
        ipHash: null,
        networkHash: null,
        status: "CONFIRMED",
        countryCode: "DE",
      });
      expect(row.anonymisedAt).not.toBeNull();
      expect(row.emailKey).toMatch(/^anon:[0-9a-f]{64}$/);
    }
    expect(anonymised.map((row) => row.emailKey)).not.toContain(oldEmail);
    expect(await prisma.signatureToken.count({ where: { signature: { letterId: old.id } } })).toBe(
      0,
    );
    expect(await shardSum(old.id)).toBe(2);

    for (const target of [recent, open]) {
      const rows = await prisma.signature.findMany({ where: { letterId: target.id } });
      expect(rows.every((row) => row.anonymisedAt === null && row.email !== null)).toBe(true);
    }

    // Running again finds nothing left to do for that letter.
    const again = await anonymiseExpiredSignatures({ retentionDays: 365 });
    expect(await prisma.signature.count({ where: { letterId: old.id, anonymisedAt: null } })).toBe(
      0,
    );
    expect(again.letters).toBe(0);
  });

  it("honours a letter's later deadline and deliveries when deciding it is old enough", async () => {
    const target = await createPetition("anon-delivery");
    await signAndConfirm(target, uniqueEmail("anon"));
    await prisma.letter.update({ where: { id: target.id }, data: { state: "DELIVERED" } });
    await prisma.$executeRaw`UPDATE "Letter" SET "updatedAt" = now() - interval '400 days' WHERE "id" = ${target.id}`;
    await prisma.letterDelivery.create({
      data: {
        letterId: target.id,
        deliveredOn: new Date(Date.now() - 10 * DAY),
        recipient: "Office",
      },
    });
    await anonymiseExpiredSignatures({ retentionDays: 365 });
    expect(
      await prisma.signature.count({ where: { letterId: target.id, anonymisedAt: null } }),
    ).toBe(1);
  });
});
