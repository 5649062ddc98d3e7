import "server-only";
import type { SessionActor } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { ReauthenticationRequiredError } from "@/lib/errors";

export { confirmPagePath } from "@/lib/auth/paths";

/**
 * "Confirm it is you" for sensitive reads (exports of personal data): a session that was left
 * open on a shared computer, or a copied cookie, must not be enough. Each session row records
 * when its holder last typed their password (`StaffSession.confirmedAt`: at sign-in, and on the
 * confirmation page, lib/actions/auth/confirm-identity.ts).
 */

/** Ten minutes: long enough for one task, short enough that an abandoned session is stale. */
export const DEFAULT_CONFIRMATION_MAX_AGE_SECONDS = 600;

/**
 * Returns when the actor's current session was confirmed within `maxAgeSeconds`; throws
 * ReauthenticationRequiredError otherwise (mapped to the confirmation page, or 401 for APIs).
 * Reads the session row afresh (not the actor cached at the start of the request), so a
 * confirmation made a moment ago counts.
 */
export async function requireRecentConfirmation(
  actor: SessionActor,
  maxAgeSeconds: number = DEFAULT_CONFIRMATION_MAX_AGE_SECONDS,
): Promise<void> {
  const since = new Date(Date.now() - maxAgeSeconds * 1000);
  const session = await prisma.staffSession.findFirst({
    where: {
      id: actor.sessionId,
      userId: actor.id,
      revokedAt: null,
      confirmedAt: { gte: since },
    },
    select: { id: true },
  });
  if (!session) throw new ReauthenticationRequiredError(maxAgeSeconds);
}
