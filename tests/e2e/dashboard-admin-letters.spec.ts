import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { connectToE2eDatabase } from "./database";

/**
 * Signer e-mail addresses are for administrators (the `admin` project is signed in as one); the
 * editor's journey (dashboard-editor-letters.spec.ts) checks that editors never get them.
 */

const run = randomUUID().slice(0, 8);
let database: PrismaClient;
let letterId: string;
const email = `admin-view-${run}@example.org`;

test.beforeAll(async () => {
  database = connectToE2eDatabase();
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (letterId) return;
  const letter = await database.letter.create({
    data: {
      slug: `e2e-admin-emails-${run}`,
      kind: "PETITION",
      state: "OPEN",
      title: { en: `E-mail petition ${run}` },
      addresseeName: { en: "The President" },
    },
  });
  letterId = letter.id;
  const version = await database.letterVersion.create({
    data: {
      letterId,
      number: 1,
      title: { en: "Text" },
      body: { en: { type: "doc", content: [] } },
    },
  });
  await database.signature.create({
    data: {
      letterId,
      letterVersionId: version.id,
      locale: "en",
      name: "Visible Address",
      email,
      emailKey: email,
      countryCode: "DE",
      status: "CONFIRMED",
      confirmedAt: new Date(),
      consentGivenAt: new Date(),
      consentTextVersion: "e2e",
      flags: ["TOO_FAST"],
    },
  });
});

test.afterAll(async () => {
  await database.$disconnect();
});

test("an administrator sees signers' e-mail addresses on a letter's signatures", async ({
  page,
}) => {
  await page.goto(`/en/dashboard/letters/${letterId}/signatures`);
  await expect(page.getByRole("columnheader", { name: "E-mail" })).toBeVisible();
  await expect(page.getByTestId("signer-email").first()).toHaveText(email);
});
