import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { followerOfToken } from "@/lib/follows/follow-links";
import { FOLLOW_CADENCES } from "@/lib/follows/follow-form";
import { forgetFollower } from "@/lib/follows/forget-follower";

/**
 * The forms of a follower's page of follows, all posted to one handler with an `action` field:
 * change the cadence and language, stop one follow, forget me. The token of the page's address is
 * the authorisation (a keyed hash of the follower's id, follow-links.ts); a forged one changes
 * nothing.
 */
export type ManageResult = "saved" | "unfollowed" | "forgotten" | "failed";

const manageSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("settings"),
    cadence: z.enum(FOLLOW_CADENCES),
    mailLocale: z.enum(routing.locales),
  }),
  z.object({ action: z.literal("unfollow"), followId: z.uuid() }),
  z.object({ action: z.literal("forget") }),
]);

export async function manageFollows(token: string, formData: FormData): Promise<ManageResult> {
  const followerId = followerOfToken(token);
  const parsed = manageSchema.safeParse(Object.fromEntries(formData));
  if (!followerId || !parsed.success) return "failed";
  const input = parsed.data;
  switch (input.action) {
    case "settings": {
      const saved = await prisma.follower.updateMany({
        where: { id: followerId },
        data: { cadence: input.cadence, locale: input.mailLocale },
      });
      return saved.count > 0 ? "saved" : "failed";
    }
    case "unfollow": {
      // Only a follow of this follower: another follower's id in the form deletes nothing.
      const removed = await prisma.follow.deleteMany({
        where: { id: input.followId, followerId },
      });
      return removed.count > 0 ? "unfollowed" : "failed";
    }
    case "forget":
      // A follower already gone is forgotten too: the answer is the same.
      await forgetFollower(followerId);
      return "forgotten";
  }
}
