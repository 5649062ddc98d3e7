import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SignatureFlag, SignatureStatus } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/security/request-context";
import { runReviewPass } from "@/lib/signing/review-pass";
import { auditSignerEmailsShown } from "@/lib/signing/signer-emails-audit";

/** A flagged signature as staff review it. `email` only for roles that may see addresses. */
export interface FlaggedSignatureDto {
  id: string;
  name: string | null;
  email: string | null;
  countryCode: string;
  city: string | null;
  status: SignatureStatus;
  flags: SignatureFlag[];
  createdAt: string;
}

export interface FlaggedSignatureGroup {
  reason: SignatureFlag;
  /** All signatures with this flag that still count or may count (PENDING, CONFIRMED). */
  total: number;
  /** The newest of them, at most GROUP_LIMIT. */
  signatures: FlaggedSignatureDto[];
}

const GROUP_LIMIT = 500;

const FLAG_ORDER: SignatureFlag[] = [
  "BURST_FROM_IP",
  "BURST_FROM_NETWORK",
  "ADDRESS_PATTERN",
  "DISPOSABLE_DOMAIN",
  "TOO_FAST",
  "HONEYPOT",
];

/**
 * Flagged signatures of a letter (its Signatures tab), grouped by reason (a signature with two flags is in both
 * groups), after running the review pass so that the heavier checks are current. Only
 * signatures that count or may count are listed: withdrawn and invalidated ones need no review.
 */
export async function listFlaggedSignatures(
  actor: Actor,
  letterId: string,
  context: RequestContext = { ip: null, userAgent: null },
): Promise<FlaggedSignatureGroup[]> {
  authorize(actor, "view", { type: "signature" });
  const letter = await prisma.letter.findUnique({ where: { id: letterId }, select: { id: true } });
  if (!letter) throw new NotFoundError("Letter", letterId);
  await runReviewPass(letterId);
  const showEmail = can(actor, "viewEmail", { type: "signature" });

  const groups: FlaggedSignatureGroup[] = [];
  for (const reason of FLAG_ORDER) {
    const where = {
      letterId,
      status: { in: ["PENDING", "CONFIRMED"] as SignatureStatus[] },
      flags: { has: reason },
    };
    const [total, rows] = await Promise.all([
      prisma.signature.count({ where }),
      prisma.signature.findMany({
        where,
        select: {
          id: true,
          name: true,
          email: showEmail,
          countryCode: true,
          city: true,
          status: true,
          flags: true,
          createdAt: true,
        },
        orderBy: { createdAt: "desc" },
        take: GROUP_LIMIT,
      }),
    ]);
    if (total === 0) continue;
    groups.push({
      reason,
      total,
      signatures: rows.map((row) => ({
        id: row.id,
        name: row.name,
        email: showEmail ? (row.email ?? null) : null,
        countryCode: row.countryCode,
        city: row.city,
        status: row.status,
        flags: row.flags,
        createdAt: row.createdAt.toISOString(),
      })),
    });
  }
  await auditSignerEmailsShown(
    actor,
    letterId,
    "flagged",
    // A signature with two flags is shown twice but seen once.
    [...new Map(groups.flatMap((group) => group.signatures).map((row) => [row.id, row])).values()],
    context,
  );
  return groups;
}
