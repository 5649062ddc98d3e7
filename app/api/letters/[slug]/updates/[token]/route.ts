import { outcomeUnsubscribePage, stopOutcomeMails } from "@/lib/letter-answers/outcome-unsubscribe";
import { oneClickUnsubscribeRoute } from "@/lib/mail/one-click-unsubscribe";
import { withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";

export const dynamic = "force-dynamic";

/**
 * RFC 8058 one-click unsubscribe of a letter's outcome e-mails
 * (lib/mail/one-click-unsubscribe.ts): the signature's outcome e-mails stop.
 */
const route = oneClickUnsubscribeRoute<{ slug: string; token: string }>({
  stop: ({ token }) => stopOutcomeMails(token),
  page({ slug, token }, locale, state) {
    const page = outcomeUnsubscribePage(slug, token, locale);
    return seeOther(state === "done" ? withQuery(page, { result: "stopped" }) : page);
  },
});

export const POST = route.POST;
export const GET = route.GET;
