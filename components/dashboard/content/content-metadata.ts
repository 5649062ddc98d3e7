import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { referenceType, type ReferenceTypeName } from "@/lib/reference-types";

/** A reference type's (lib/reference-types) or the publications' section of messages. */
type Section = ReferenceTypeName | "publication";

/** The `generateMetadata` of a content editor's pages: the section's name as the title. */
export function contentMetadata(section: Section) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<{ locale: string }>;
  }): Promise<Metadata> {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return {};
    const t = await getTranslations({ locale, namespace: "ContentEditor" });
    const messages = section === "publication" ? section : referenceType(section).section;
    return { title: t(`${messages}.metaTitle`) };
  };
}
