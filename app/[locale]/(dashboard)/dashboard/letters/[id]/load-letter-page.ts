import "server-only";
import { notFound } from "next/navigation";
import { requireActor, type SessionActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content-model/localized";
import { getLetterForEditor, type LetterEditorDto } from "@/lib/data/dashboard-letters";
import { getPageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";

export interface LetterPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export interface LetterPageData {
  actor: SessionActor;
  locale: Locale;
  letter: LetterEditorDto;
  frame: {
    id: string;
    title: string;
    state: LetterEditorDto["state"];
    version: number;
    updatedAt: Date;
  };
}

/** What every page of a letter's editor reads: the actor (or sign-in) and the letter (or 404). */
export async function loadLetterPage({
  params,
}: Pick<LetterPageProps, "params">): Promise<LetterPageData> {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const letter = await getLetterForEditor(actor, id);
  if (!letter) notFound();
  return {
    actor,
    locale,
    letter,
    frame: {
      id: letter.id,
      title: localizedString(letter.title, locale) || letter.slug,
      state: letter.state,
      version: letter.version,
      updatedAt: letter.updatedAt,
    },
  };
}
