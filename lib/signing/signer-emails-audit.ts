import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * Signers' e-mail addresses are sensitive personal data (lib/auth/data-classes.ts): every time a
 * page shows some (administrators only), one audit row says who saw how many of which letter's
 * signers, and from where. Never the addresses themselves.
 */
export async function auditSignerEmailsShown(
  actor: Pick<Actor, "id" | "email">,
  letterId: string,
  view: "overview" | "flagged",
  rows: readonly { email?: string | null }[],
  context: RequestContext,
): Promise<void> {
  const shown = rows.filter((row) => row.email).length;
  if (shown === 0) return;
  await recordAudit(prisma, {
    actor,
    action: "signature.view_emails",
    entityType: "Letter",
    entityId: letterId,
    ip: context.ip,
    userAgent: context.userAgent,
    details: { view, count: shown },
  });
}
