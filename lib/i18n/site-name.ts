import type en from "@/lib/i18n/messages/en.json";
import { routing } from "@/lib/i18n/routing";

/** The site's name in the default locale, for the pages outside any locale (app/not-found.tsx …). */
export async function defaultSiteName(): Promise<string> {
  const shell = (await import(`./messages/${routing.defaultLocale}.json`)).default as typeof en;
  return shell.Site.name;
}
