"use client";

import en from "@/lib/i18n/messages/features/errors.en.json";
import ru from "@/lib/i18n/messages/features/errors.ru.json";
import { staticMessagesProvider } from "./static-messages-provider";

/**
 * The messages of the public error page and the 404 (app/[locale]/error.tsx, not-found.tsx), the
 * only client components above the pages, from this module's static chunk rather than from every
 * page's payload (about 1 KB a page, in Russian).
 */
export const ErrorMessagesProvider = staticMessagesProvider({ en, ru });
