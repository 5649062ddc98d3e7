import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";

/** What a one-click route asks of its e-mails' kind. */
interface OneClickUnsubscribe<Params> {
  /** Stops the e-mails the token in `params` names; a forged or used token changes nothing. */
  stop: (params: Params) => Promise<void>;
  /** The page with the button ("ask", after a GET) or its "done" state (after its button). */
  page: (params: Params, locale: Locale, state: "ask" | "done") => Response | Promise<Response>;
}

const PLAIN = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

function localeOf(request: Request): Locale {
  return knownLocaleOr(new URL(request.url).searchParams.get("locale"));
}

/**
 * The route handlers of an RFC 8058 one-click unsubscribe (letter outcome e-mails, followers'
 * e-mails, sponsors' alerts): a mail client, or the page's button (`?from=page`), POSTs and the
 * e-mails stop. The keyed token in the path is the authorisation, so there is no Origin check (a
 * mail provider's POST has none) and the body is never read (RFC 8058's is
 * "List-Unsubscribe=One-Click", or empty). The answer is the same for a genuine, a forged and an
 * already used token: it says nothing about any address. A GET (a person following the link)
 * changes nothing and shows the page with the button.
 */
export function oneClickUnsubscribeRoute<Params>(route: OneClickUnsubscribe<Params>) {
  type Context = { params: Promise<Params> };
  return {
    async POST(request: Request, { params }: Context): Promise<Response> {
      const values = await params;
      try {
        await route.stop(values);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        reportDatabaseUnavailable(error);
        return new Response(
          "The service is briefly unavailable; nothing was changed. Try again.\n",
          {
            status: 503,
            headers: { ...PLAIN, "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
          },
        );
      }
      if (new URL(request.url).searchParams.get("from") === "page") {
        return route.page(values, localeOf(request), "done");
      }
      return new Response("Unsubscribed.\n", { status: 200, headers: PLAIN });
    },
    async GET(request: Request, { params }: Context): Promise<Response> {
      return route.page(await params, localeOf(request), "ask");
    },
  };
}
