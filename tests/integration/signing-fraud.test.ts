import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { getLetterSignatureFigures } from "@/lib/data/signature-counts";
import { confirmSignature } from "@/lib/signing/confirm-signature";
import { listFlaggedSignatures } from "@/lib/data/letter-flagged-signatures";
import { BURST_FROM_IP_THRESHOLD } from "@/lib/signing/insert-flags";
import { invalidateSignatures } from "@/lib/data/letter-signature-invalidation";
import { priorSignaturesQuery, submitSignature } from "@/lib/signing/record-signature";
import { hashIp } from "@/lib/security/ip";
import { hashNetwork } from "@/lib/signing/network";
import { ADDRESS_PATTERN_THRESHOLD } from "@/lib/signing/review-pass";
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

const editor: Actor = {
  id: "signing-it-editor",
  email: "editor@example.org",
  name: "Ed",
  role: "EDITOR",
};
const admin: Actor = {
  id: "signing-it-admin",
  email: "admin@example.org",
  name: "Ad",
  role: "ADMIN",
};
const contributor: Actor = { ...editor, id: "signing-it-contributor", role: "CONTRIBUTOR" };

let petition: TestPetition;

beforeAll(async () => {
  petition = await createPetition("fraud");
});

async function sign(target: TestPetition, email: string, ip = randomIp()) {
  const outcome = await submitSignature(signForm(target, { email }), {
    slug: target.slug,
    clientIp: ip,
    origin: ORIGIN,
  });
  expect(outcome.status).toBe("accepted");
}

async function flagsOf(email: string) {
  return (await prisma.signature.findFirstOrThrow({ where: { email } })).flags;
}

describe("fraud flags", () => {
  it("flags a disposable address silently", async () => {
    const email = `someone${Date.now()}@mailinator.com`;
    await sign(petition, email);
    expect(await flagsOf(email)).toEqual(["DISPOSABLE_DOMAIN"]);
  });

  it("flags a burst from one IP address at signing, and its first signatures in the review pass", async () => {
    const target = await createPetition("burst");
    const ip = randomIp();
    const emails = Array.from({ length: BURST_FROM_IP_THRESHOLD + 2 }, () => uniqueEmail("burst"));
    for (const email of emails) await sign(target, email, ip);
    expect(await flagsOf(emails[0]!)).toEqual([]);
    expect(await flagsOf(emails.at(-1)!)).toContain("BURST_FROM_IP");
    // The same network from other addresses is not (yet) a network burst.
    expect(await flagsOf(emails.at(-1)!)).not.toContain("BURST_FROM_NETWORK");

    const { groups } = await listFlaggedSignatures(editor, target.id);
    const burst = groups.find((group) => group.reason === "BURST_FROM_IP");
    expect(burst?.total).toBe(emails.length);
    expect(await flagsOf(emails[0]!)).toContain("BURST_FROM_IP");
  });

  it("flags a burst from one network spread over many addresses", async () => {
    const target = await createPetition("network");
    const prefix = randomIp().split(".").slice(0, 3).join(".");
    const emails = Array.from({ length: 22 }, () => uniqueEmail("net"));
    for (const [index, email] of emails.entries())
      await sign(target, email, `${prefix}.${index + 1}`);
    expect(await flagsOf(emails.at(-1)!)).toEqual(["BURST_FROM_NETWORK"]);
  });

  it("flags many names signing from one address pattern in the review pass", async () => {
    const target = await createPetition("pattern");
    const stem = `petr${Date.now()}`;
    const emails = Array.from(
      { length: ADDRESS_PATTERN_THRESHOLD },
      (_, index) => `${stem}.${1970 + index}@example.com`,
    );
    for (const email of emails) await sign(target, email);
    const lonely = uniqueEmail("lonely");
    await sign(target, lonely);

    const { groups } = await listFlaggedSignatures(editor, target.id);
    const pattern = groups.find((group) => group.reason === "ADDRESS_PATTERN");
    expect(pattern?.total).toBe(ADDRESS_PATTERN_THRESHOLD);
    expect(pattern?.signatures.every((signature) => signature.email === null)).toBe(true);
    expect(await flagsOf(lonely)).toEqual([]);

    // Only administrators see the addresses.
    const { groups: forAdmin } = await listFlaggedSignatures(admin, target.id);
    expect(
      forAdmin.find((group) => group.reason === "ADDRESS_PATTERN")?.signatures[0]?.email,
    ).toMatch(new RegExp(`^${stem}`));
  });

  it("shows flagged signatures only to roles that may review them", async () => {
    await expect(listFlaggedSignatures(contributor, petition.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("the counts behind the per-IP limit and the burst flags", () => {
  interface PlanNode {
    "Node Type": string;
    "Index Name"?: string;
    Plans?: PlanNode[];
  }
  const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

  function countsFor(target: TestPetition, ip: string) {
    return priorSignaturesQuery({
      letterId: target.id,
      ipHash: hashIp(ip),
      networkHash: hashNetwork(ip),
    });
  }

  it("count an address's and a network's recent signatures of the letter", async () => {
    const target = await createPetition("counts");
    const ip = randomIp();
    await sign(target, uniqueEmail("counts"), ip);
    await sign(petition, uniqueEmail("counts"), ip);
    const neighbour = ip.replace(/\.\d+$/, (last) => (last === ".1" ? ".2" : ".1"));
    await sign(target, uniqueEmail("counts"), neighbour);

    const [counts] = await prisma.$queryRaw<unknown[]>(countsFor(target, ip));
    expect(counts).toEqual({ from_ip_all: 2n, from_ip: 1n, from_network: 2n });
  });

  it("never read the letter's signatures: a surge on a letter does not slow down each new signature", async () => {
    // With statistics from before a surge, PostgreSQL once ANDed the letter's index into these
    // counts, so each signature read every signature of its letter. Without the IP and network
    // indexes the planner shows which other paths it has: none may go through the letter.
    const target = await createPetition("surge-plan");
    const plan = await prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`DROP INDEX "Signature_ipHash_createdAt_idx"`);
        await tx.$executeRawUnsafe(`DROP INDEX "Signature_networkHash_createdAt_idx"`);
        await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
        const [row] = await tx.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(
          Prisma.sql`EXPLAIN (FORMAT JSON) ${countsFor(target, randomIp())}`,
        );
        throw new PlanOnly(row!["QUERY PLAN"][0]!.Plan);
      })
      .catch((error: unknown) => {
        if (error instanceof PlanOnly) return error.plan; // rolled back: the indexes are back
        throw error;
      });
    const indexes = nodesOf(plan).flatMap((node) => node["Index Name"] ?? []);
    expect(indexes).toEqual([]);
  });
});

class PlanOnly extends Error {
  constructor(readonly plan: { "Node Type": string }) {
    super("plan only");
  }
}

describe("bulk invalidation", () => {
  it("removes signatures, corrects the count, records the reason publicly and writes an audit row", async () => {
    const target = await createPetition("invalidate");
    const emails = Array.from({ length: 5 }, () => uniqueEmail("bulk"));
    for (const email of emails) await sign(target, email);
    // Three confirmed, two pending.
    for (const email of emails.slice(0, 3)) {
      await confirmSignature(target.slug, (await latestMailLinks(email)).confirmToken!);
    }
    expect(await shardSum(target.id)).toBe(3);

    const ids = (
      await prisma.signature.findMany({
        where: { email: { in: [emails[0]!, emails[1]!, emails[3]!] } },
        select: { id: true },
      })
    ).map((row) => row.id);

    await expect(invalidateSignatures(contributor, ids, "automated")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const result = await invalidateSignatures(editor, ids, "automated");
    expect(result).toEqual({ invalidated: 3, uncounted: 2 });
    expect(await shardSum(target.id)).toBe(1);
    // Repeating changes nothing.
    expect(await invalidateSignatures(editor, ids, "automated")).toEqual({
      invalidated: 0,
      uncounted: 0,
    });
    expect(await shardSum(target.id)).toBe(1);

    const rows = await prisma.signature.findMany({ where: { id: { in: ids } } });
    expect(
      rows.every((row) => row.status === "INVALIDATED" && row.invalidationReason === "automated"),
    ).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "signature.invalidate", entityId: target.id },
    });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.details).toMatchObject({ reason: "automated", count: 3, uncounted: 2 });

    // The letter page publishes the removed signatures that had been counted.
    expect(await getLetterSignatureFigures(target.id)).toEqual({
      confirmed: 1,
      removed: [{ reason: "automated", count: 2 }],
      removedTotal: 2,
    });
  });
});
