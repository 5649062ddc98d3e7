"use client";

import { staticMessagesProvider } from "@/components/layout/static-messages-provider";
import directoryEn from "@/lib/i18n/messages/features/directory.en.json";
import directoryRu from "@/lib/i18n/messages/features/directory.ru.json";
import paginationEn from "@/lib/i18n/messages/features/pagination.en.json";
import paginationRu from "@/lib/i18n/messages/features/pagination.ru.json";
import statusEn from "@/lib/i18n/messages/features/prisoner-status.en.json";
import statusRu from "@/lib/i18n/messages/features/prisoner-status.ru.json";

/**
 * The messages the directory's form and results are drawn with in the browser (the live search),
 * from this module's static chunk, cached by the browser once for every search, rather than in
 * each results page's payload, where they were 2 KB in English and 4 KB in Russian of a page that
 * should stay under 40 KB (issue 17).
 */
export const DirectoryMessagesProvider = staticMessagesProvider({
  en: { ...directoryEn, ...statusEn, ...paginationEn },
  ru: { ...directoryRu, ...statusRu, ...paginationRu },
});
