import type { Locale } from "@/lib/i18n/routing";

/**
 * The messages of a locale: the shell's file plus one file per feature (features/NAME.LOCALE.json),
 * each holding its own top-level namespaces, so that features are translated side by side
 * without editing one large file.
 */
const FEATURES = [
  // Drawn in the browser from static chunks (components/layout/error-messages-provider.tsx,
  // components/directory/directory-messages-provider.tsx), not from each page's payload.
  "errors",
  "prisoner-status",
  "pagination",
  "directory",
  "profile",
  "countries",
  "publications",
  "letters",
  "statistics",
  "signing",
  "mail",
  "auth",
  "dashboard",
  "editor",
  "history",
  "petitions",
  "calendar",
  "embeds",
  "sponsors",
  "write",
  "letter-answers",
  "data",
  "follow",
];

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const shell = (await import(`./messages/${locale}.json`)).default as Record<string, unknown>;
  const features = await Promise.all(
    FEATURES.map(
      async (feature) =>
        (await import(`./messages/features/${feature}.${locale}.json`)).default as Record<
          string,
          unknown
        >,
    ),
  );
  return Object.assign({}, shell, ...features);
}
