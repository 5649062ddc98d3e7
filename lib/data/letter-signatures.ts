import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type {
  SignatureFlag,
  SignatureStatus,
  SignatureVisibility,
} from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/security/request-context";
import { auditSignerEmailsShown } from "@/lib/signing/signer-emails-audit";

/** A letter's signatures as editors see them on its Signatures tab. Authorised here, never cached. */

export interface LetterSignatureRow {
  id: string;
  name: string | null;
  /** Only for roles that may see addresses (can "viewEmail"); null otherwise. */
  email: string | null;
  countryCode: string;
  visibility: SignatureVisibility;
  status: SignatureStatus;
  flags: SignatureFlag[];
  createdAt: Date;
}

export interface LetterSignatureOverview {
  byStatus: Record<SignatureStatus, number>;
  /** Confirmed signatures by country, largest first. */
  confirmedByCountry: { countryCode: string; count: number }[];
  /** The newest signatures, any status. */
  recent: LetterSignatureRow[];
  showEmail: boolean;
}

const RECENT_SIGNATURES = 100;

/**
 * A letter's signatures for editors: counts by status and by country, and the newest rows with
 * names and fraud flags. E-mail addresses are selected only for roles that may see them, so an
 * editor's page never carries one, not even hidden; showing them is audited.
 */
export async function getLetterSignatureOverview(
  actor: Actor,
  letterId: string,
  context: RequestContext = { ip: null, userAgent: null },
): Promise<LetterSignatureOverview> {
  authorize(actor, "view", { type: "signature" });
  const showEmail = can(actor, "viewEmail", { type: "signature" });
  const [statuses, countries, recent] = await Promise.all([
    prisma.signature.groupBy({ by: ["status"], where: { letterId }, _count: { _all: true } }),
    prisma.signature.groupBy({
      by: ["countryCode"],
      where: { letterId, status: "CONFIRMED" },
      _count: { _all: true },
    }),
    prisma.signature.findMany({
      where: { letterId },
      select: {
        id: true,
        name: true,
        email: showEmail,
        countryCode: true,
        visibility: true,
        status: true,
        flags: true,
        createdAt: true,
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: RECENT_SIGNATURES,
    }),
  ]);
  const byStatus: Record<SignatureStatus, number> = {
    PENDING: 0,
    CONFIRMED: 0,
    WITHDRAWN: 0,
    INVALIDATED: 0,
  };
  for (const row of statuses) byStatus[row.status] = row._count._all;
  await auditSignerEmailsShown(actor, letterId, "overview", recent, context);
  return {
    byStatus,
    confirmedByCountry: countries
      .map((row) => ({ countryCode: row.countryCode, count: row._count._all }))
      .sort((a, b) => b.count - a.count || a.countryCode.localeCompare(b.countryCode)),
    recent: recent.map((row) => ({
      id: row.id,
      name: row.name,
      email: showEmail ? (row.email ?? null) : null,
      countryCode: row.countryCode,
      visibility: row.visibility,
      status: row.status,
      flags: row.flags,
      createdAt: row.createdAt,
    })),
    showEmail,
  };
}
