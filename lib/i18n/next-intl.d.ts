import type shell from "@/lib/i18n/messages/en.json";
import type countries from "@/lib/i18n/messages/features/countries.en.json";
import type directory from "@/lib/i18n/messages/features/directory.en.json";
import type letters from "@/lib/i18n/messages/features/letters.en.json";
import type profile from "@/lib/i18n/messages/features/profile.en.json";
import type publications from "@/lib/i18n/messages/features/publications.en.json";
import type statistics from "@/lib/i18n/messages/features/statistics.en.json";
import type auth from "@/lib/i18n/messages/features/auth.en.json";
import type dashboard from "@/lib/i18n/messages/features/dashboard.en.json";
import type editor from "@/lib/i18n/messages/features/editor.en.json";
import type history from "@/lib/i18n/messages/features/history.en.json";
import type signing from "@/lib/i18n/messages/features/signing.en.json";
import type mail from "@/lib/i18n/messages/features/mail.en.json";
import type petitions from "@/lib/i18n/messages/features/petitions.en.json";
import type calendar from "@/lib/i18n/messages/features/calendar.en.json";
import type embeds from "@/lib/i18n/messages/features/embeds.en.json";
import type sponsors from "@/lib/i18n/messages/features/sponsors.en.json";
import type write from "@/lib/i18n/messages/features/write.en.json";
import type letterAnswers from "@/lib/i18n/messages/features/letter-answers.en.json";
import type data from "@/lib/i18n/messages/features/data.en.json";
import type follow from "@/lib/i18n/messages/features/follow.en.json";
import type errors from "@/lib/i18n/messages/features/errors.en.json";
import type prisonerStatus from "@/lib/i18n/messages/features/prisoner-status.en.json";
import type pagination from "@/lib/i18n/messages/features/pagination.en.json";
import type { routing } from "@/lib/i18n/routing";

// Types message keys and locales for next-intl: a missing or misspelt key fails `tsc`.
// English is the reference; tests/unit/messages.test.ts checks that every locale has the same keys.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof shell &
      typeof errors &
      typeof prisonerStatus &
      typeof pagination &
      typeof directory &
      typeof profile &
      typeof countries &
      typeof publications &
      typeof letters &
      typeof statistics &
      typeof auth &
      typeof dashboard &
      typeof editor &
      typeof history &
      typeof signing &
      typeof mail &
      typeof petitions &
      typeof calendar &
      typeof embeds &
      typeof sponsors &
      typeof letterAnswers &
      typeof data &
      typeof follow &
      typeof write;
  }
}
