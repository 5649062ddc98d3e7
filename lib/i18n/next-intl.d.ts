import type messages from "@/lib/i18n/messages/en.json";
import type { routing } from "@/lib/i18n/routing";

// Types message keys and locales for next-intl: a missing or misspelt key fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
