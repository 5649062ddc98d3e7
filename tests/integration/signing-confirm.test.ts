import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { confirmSignature, getConfirmLinkState } from "@/lib/signing/confirm-signature";
import { submitSignature } from "@/lib/signing/record-signature";
import { resendConfirmation } from "@/lib/signing/resend-confirmation";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import { hashLinkToken } from "@/lib/signing/secret-keys";
import { getWithdrawLinkState, withdrawSignature } from "@/lib/signing/withdraw-signature";
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

let petition: TestPetition;

beforeAll(async () => {
  petition = await createPetition("confirm");
});

async function sign(target: TestPetition, fields: Record<string, string> = {}) {
  const email = fields.email ?? uniqueEmail("confirm");
  const outcome = await submitSignature(signForm(target, { ...fields, email }), {
    slug: target.slug,
    clientIp: randomIp(),
    origin: ORIGIN,
  });
  expect(outcome.status).toBe("accepted");
  await settleWorkAfterAnswers(); // Signing again (renewal) e-mails after the answer.
  const links = await latestMailLinks(email);
  return { email, confirmToken: links.confirmToken!, withdrawToken: links.withdrawToken! };
}

describe("confirming a signature", () => {
  it("is not done by opening the link: only the button's POST confirms and counts it", async () => {
    const target = await createPetition("scanner");
    const { email, confirmToken } = await sign(target);
    // What the confirmation page does on GET (and all a link scanner can trigger).
    expect(await getConfirmLinkState(target.slug, confirmToken)).toBe("ready");
    expect(await getConfirmLinkState(target.slug, confirmToken)).toBe("ready");
    expect((await prisma.signature.findFirstOrThrow({ where: { email } })).status).toBe("PENDING");
    expect(await shardSum(target.id)).toBe(0);

    expect(await confirmSignature(target.slug, confirmToken)).toBe("confirmed");
    const signature = await prisma.signature.findFirstOrThrow({ where: { email } });
    expect(signature.status).toBe("CONFIRMED");
    expect(signature.confirmedAt).not.toBeNull();
    expect(await shardSum(target.id)).toBe(1);
  });

  it("counts a signature once when it is confirmed twice", async () => {
    const target = await createPetition("twice");
    const { confirmToken } = await sign(target);
    expect(await confirmSignature(target.slug, confirmToken)).toBe("confirmed");
    expect(await confirmSignature(target.slug, confirmToken)).toBe("already-confirmed");
    expect(await getConfirmLinkState(target.slug, confirmToken)).toBe("confirmed");
    expect(await shardSum(target.id)).toBe(1);
  });

  it("counts 200 simultaneous confirmations exactly, and parallel double confirmations once", async () => {
    const target = await createPetition("surge");
    const tokens: string[] = [];
    for (let index = 0; index < 200; index++) tokens.push((await sign(target)).confirmToken);

    const outcomes = await Promise.all(
      [...tokens, ...tokens.slice(0, 50)].map((token) => confirmSignature(target.slug, token)),
    );
    expect(outcomes.filter((outcome) => outcome === "confirmed")).toHaveLength(200);
    expect(outcomes.filter((outcome) => outcome === "already-confirmed")).toHaveLength(50);
    expect(await shardSum(target.id)).toBe(200);
    expect(
      await prisma.signature.count({ where: { letterId: target.id, status: "CONFIRMED" } }),
    ).toBe(200);
    // Spread over several rows: no single hot counter.
    expect(
      await prisma.signatureCounterShard.count({ where: { letterId: target.id } }),
    ).toBeGreaterThan(10);
  });

  it("refuses an expired link, and a new link can be requested with the same neutral answer", async () => {
    const target = await createPetition("expired");
    const { email, confirmToken } = await sign(target);
    await prisma.signatureToken.update({
      where: { tokenHash: hashLinkToken(confirmToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getConfirmLinkState(target.slug, confirmToken)).toBe("expired");
    expect(await confirmSignature(target.slug, confirmToken)).toBe("expired");
    expect(await shardSum(target.id)).toBe(0);

    const form = (address: string) => {
      const data = new FormData();
      data.set("email", address);
      data.set("locale", "ru");
      return data;
    };
    const context = { slug: target.slug, clientIp: randomIp(), origin: ORIGIN };
    expect(await resendConfirmation(form(email.toUpperCase()), context)).toEqual({
      status: "sent",
    });
    expect(await resendConfirmation(form(uniqueEmail("stranger")), context)).toEqual({
      status: "sent",
    });
    expect(await resendConfirmation(form("not-an-address"), context)).toEqual({
      status: "invalid",
      error: "invalid",
    });
    await settleWorkAfterAnswers(); // The new link is e-mailed after the answer.
    const fresh = await latestMailLinks(email);
    expect(fresh.confirmToken).not.toBe(confirmToken);
    expect(await confirmSignature(target.slug, fresh.confirmToken!)).toBe("confirmed");
    expect(await shardSum(target.id)).toBe(1);
  });

  it("rejects a link used on another letter's page and a malformed token", async () => {
    const other = await createPetition("other");
    const { confirmToken } = await sign(petition);
    expect(await confirmSignature(other.slug, confirmToken)).toBe("unknown");
    expect(await confirmSignature(petition.slug, "x".repeat(43))).toBe("unknown");
    expect(await confirmSignature(petition.slug, "../../etc")).toBe("unknown");
  });
});

describe("withdrawing a signature", () => {
  it("uncounts a confirmed signature, clears the personal details, and is idempotent", async () => {
    const target = await createPetition("withdraw");
    const { email, confirmToken, withdrawToken } = await sign(target, {
      city: "Oslo",
      title: "Dr",
    });
    await confirmSignature(target.slug, confirmToken);
    expect(await shardSum(target.id)).toBe(1);

    expect(await getWithdrawLinkState(target.slug, withdrawToken)).toBe("ready");
    expect(await withdrawSignature(target.slug, withdrawToken)).toBe("withdrawn");
    expect(await withdrawSignature(target.slug, withdrawToken)).toBe("already-withdrawn");
    expect(await shardSum(target.id)).toBe(0);

    const signature = await prisma.signature.findFirstOrThrow({
      where: { letterId: target.id, emailKey: email },
    });
    expect(signature).toMatchObject({
      status: "WITHDRAWN",
      name: null,
      email: null,
      city: null,
      title: null,
    });
    expect(signature.withdrawnAt).not.toBeNull();
    // The confirmation link no longer works.
    expect(await confirmSignature(target.slug, confirmToken)).toBe("withdrawn");
  });

  it("withdraws a pending signature without touching the count", async () => {
    const target = await createPetition("withdraw-pending");
    const confirmed = await sign(target);
    await confirmSignature(target.slug, confirmed.confirmToken);
    const pending = await sign(target);
    expect(await withdrawSignature(target.slug, pending.withdrawToken)).toBe("withdrawn");
    expect(await shardSum(target.id)).toBe(1);
  });

  it("lets the same address sign again after withdrawing", async () => {
    const target = await createPetition("resign");
    const first = await sign(target);
    await confirmSignature(target.slug, first.confirmToken);
    await withdrawSignature(target.slug, first.withdrawToken);
    const second = await sign(target, { email: first.email, name: "Anna P." });
    expect(second.confirmToken).not.toBe(first.confirmToken);
    expect(await confirmSignature(target.slug, second.confirmToken)).toBe("confirmed");
    expect(await shardSum(target.id)).toBe(1);
    const rows = await prisma.signature.findMany({ where: { letterId: target.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "CONFIRMED", name: "Anna P." });
  });
});
