import { createNavigation } from "next-intl/navigation";
import { routing } from "@/lib/i18n/routing";

/** Locale-aware replacements for next/link and next/navigation; use these in the app. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
