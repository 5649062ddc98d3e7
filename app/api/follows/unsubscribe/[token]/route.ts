import { forgetFollower } from "@/lib/follows/forget-follower";
import { followerOfToken } from "@/lib/follows/follow-links";
import { oneClickUnsubscribeRoute } from "@/lib/mail/one-click-unsubscribe";
import { localized, publicRoutes, withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";

export const dynamic = "force-dynamic";

/**
 * RFC 8058 one-click unsubscribe of every follower e-mail (lib/mail/one-click-unsubscribe.ts):
 * the follower is deleted, with its follows and its e-mails still in the outbox (forgetFollower,
 * as "forget me").
 */
const route = oneClickUnsubscribeRoute<{ token: string }>({
  async stop({ token }) {
    const followerId = followerOfToken(token);
    if (followerId) await forgetFollower(followerId);
  },
  page({ token }, locale, state) {
    const page = localized(locale, publicRoutes.followUnsubscribe(token));
    return seeOther(state === "done" ? withQuery(page, { result: "done" }) : page);
  },
});

export const POST = route.POST;
export const GET = route.GET;
