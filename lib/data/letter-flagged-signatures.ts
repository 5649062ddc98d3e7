import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { pageWindow, type PageSlice } from "@/lib/data/page-window";
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
  /** All of the letter's signatures with this flag that still count or may count. */
  total: number;
  /** Those of them on this page, newest first. */
  signatures: FlaggedSignatureDto[];
}

/** One page of a letter's flagged signatures, shown by reason ("41–60 of N" counts signatures). */
export interface FlaggedSignaturesPage extends PageSlice {
  /** The reasons of this page's signatures, in FLAG_ORDER; a signature with two flags is in both. */
  groups: FlaggedSignatureGroup[];
}

/** A page of checkboxes the editor ticks and removes at once: more than a reading list's 25. */
export const FLAGGED_PAGE_SIZE = 50;

export const FLAG_ORDER: SignatureFlag[] = [
  "BURST_FROM_IP",
  "BURST_FROM_NETWORK",
  "ADDRESS_PATTERN",
  "DISPOSABLE_DOMAIN",
  "TOO_FAST",
  "HONEYPOT",
];

/** The flag a query parameter or form field names, or undefined for anything else. */
export function parseSignatureFlag(value: unknown): SignatureFlag | undefined {
  return FLAG_ORDER.find((flag) => flag === value);
}

/** Withdrawn and invalidated signatures need no review. */
export const REVIEWABLE: SignatureStatus[] = ["PENDING", "CONFIRMED"];

/**
 * The list's filter as a where clause: the letter's flagged signatures that count or may count,
 * only those with `reason` when given. The bulk action resolves "all matching" with the same.
 */
export function flaggedWhere(letterId: string, reason?: SignatureFlag) {
  return {
    letterId,
    status: { in: REVIEWABLE },
    flags: reason ? { has: reason } : { isEmpty: false },
  };
}

/**
 * Flagged signatures of a letter (its Signatures tab), newest first, a page at a time, after
 * running the review pass so that the heavier checks are current. The page's signatures are shown
 * by reason, each reason with its total over the whole letter. Only signatures that count or may
 * count are listed. A page past the end (the list shrank after an invalidation) shows the last.
 */
export async function listFlaggedSignatures(
  actor: Actor,
  letterId: string,
  context: RequestContext = { ip: null, userAgent: null },
  options: { page?: number; pageSize?: number; reason?: SignatureFlag } = {},
): Promise<FlaggedSignaturesPage> {
  authorize(actor, "view", { type: "signature" });
  const letter = await prisma.letter.findUnique({ where: { id: letterId }, select: { id: true } });
  if (!letter) throw new NotFoundError("Letter", letterId);
  await runReviewPass(letterId);
  const showEmail = can(actor, "viewEmail", { type: "signature" });

  const flagged = flaggedWhere(letterId, options.reason);
  const [total, reasonTotals] = await Promise.all([
    prisma.signature.count({ where: flagged }),
    Promise.all(
      FLAG_ORDER.map((reason) =>
        prisma.signature.count({
          where: { letterId, status: { in: REVIEWABLE }, flags: { has: reason } },
        }),
      ),
    ),
  ]);
  const window = pageWindow(total, options.page, options.pageSize ?? FLAGGED_PAGE_SIZE);
  const rows = await prisma.signature.findMany({
    where: flagged,
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
    // The id breaks ties of one instant (a burst), so that no row is on two pages or none.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
  });
  const signatures: FlaggedSignatureDto[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: showEmail ? (row.email ?? null) : null,
    countryCode: row.countryCode,
    city: row.city,
    status: row.status,
    flags: row.flags,
    createdAt: row.createdAt.toISOString(),
  }));
  const groups = FLAG_ORDER.filter((reason) => !options.reason || reason === options.reason)
    .map((reason, index) => ({
      reason,
      total: reasonTotals[index]!,
      signatures: signatures.filter((signature) => signature.flags.includes(reason)),
    }))
    .filter((group) => group.signatures.length > 0);
  await auditSignerEmailsShown(actor, letterId, "flagged", signatures, context);
  const { page, pageCount, pageSize } = window;
  return { total, page, pageCount, pageSize, groups };
}
