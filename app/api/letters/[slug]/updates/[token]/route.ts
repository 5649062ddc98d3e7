import { routing, type Locale } from "@/lib/i18n/routing";
import { outcomeUnsubscribePage, stopOutcomeMails } from "@/lib/letter-answers/outcome-unsubscribe";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; token: string }> };

function localeOf(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get("locale") ?? "";
  return (routing.locales as readonly string[]).includes(asked)
    ? (asked as Locale)
    : routing.defaultLocale;
}

/**
 * RFC 8058 one-click unsubscribe of a letter's outcome e-mails: a mail client (or the page's
 * button) POSTs here and the e-mails stop. The signed token in the path is the authorisation, so
 * there is no Origin check (a mail provider's POST has none) and the body is never read (RFC
 * 8058's is always "List-Unsubscribe=One-Click"). The answer is the same for a genuine, a forged
 * and an already used token: it says nothing about any signature.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug, token } = await params;
  try {
    await stopOutcomeMails(token);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return new Response("The service is briefly unavailable; nothing was changed. Try again.\n", {
      status: 503,
      headers: {
        "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
      },
    });
  }
  if (new URL(request.url).searchParams.get("from") === "page") {
    return seeOther(
      withQuery(outcomeUnsubscribePage(slug, token, localeOf(request)), { result: "stopped" }),
    );
  }
  return new Response("Unsubscribed.\n", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A person following the link: the page with the button (a GET changes nothing). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, token } = await params;
  return seeOther(outcomeUnsubscribePage(slug, token, localeOf(request)));
}
