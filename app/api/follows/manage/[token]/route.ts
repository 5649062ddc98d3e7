import { manageFollows } from "@/lib/follows/manage-follows";
import { localized, publicRoutes, withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";
import { publicFormRoute } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * The forms of a follower's page of follows post here (change cadence and language, stop one
 * follow, forget me), each with its `action`; the token in the path is the authorisation. The
 * answer is the page again with the result to show. When the database cannot be reached: 503
 * with Retry-After and a way back to the page; nothing changed.
 */
export const POST = publicFormRoute<{ token: string }>({
  fallbackPath: ({ token }, locale) => localized(locale, publicRoutes.followManage(token)),
  handle: async ({ formData, locale }, { token }) => {
    const result = await manageFollows(token, formData);
    return seeOther(withQuery(localized(locale, publicRoutes.followManage(token)), { result }));
  },
  outage: ({ locale }, { token }) => ({
    kind: "confirm",
    backPath: localized(locale, publicRoutes.followManage(token)),
  }),
});
