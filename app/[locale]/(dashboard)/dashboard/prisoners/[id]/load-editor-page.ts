import "server-only";
import { notFound } from "next/navigation";
import { prisonerTranslationStatus } from "@/components/dashboard/prisoner/prisoner-translation-status";
import { requireActor, type SessionActor } from "@/lib/auth/session";
import {
  getPrisonerEditorOptions,
  getPrisonerForEditing,
  type PrisonerEditorOptions,
  type PrisonerForEditing,
} from "@/lib/data/dashboard-prisoners";
import { localizedString, parseLocalizedText } from "@/lib/content-model/localized";
import { NotFoundError } from "@/lib/errors";
import { getPageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import type { TranslationStatus } from "@/lib/validation/localized";

export interface EditorPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export interface EditorPageData {
  actor: SessionActor;
  locale: Locale;
  prisoner: PrisonerForEditing;
  options: PrisonerEditorOptions;
  frame: {
    id: string;
    slug: string;
    name: string;
    state: PrisonerForEditing["state"];
    version: number;
  };
  translation: TranslationStatus;
}

/** What every tab page reads: the actor (or sign-in), the profile (or 404) and the select options. */
export async function loadEditorPage({ params }: EditorPageProps): Promise<EditorPageData> {
  const locale = await getPageLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale);
  let prisoner: PrisonerForEditing;
  try {
    prisoner = await getPrisonerForEditing(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const options = await getPrisonerEditorOptions(actor, locale);
  return {
    actor,
    locale,
    prisoner,
    options,
    frame: {
      id: prisoner.id,
      slug: prisoner.slug,
      name: localizedString(parseLocalizedText(prisoner.name), locale) || prisoner.sortName,
      state: prisoner.state,
      version: prisoner.version,
    },
    translation: prisonerTranslationStatus(prisoner),
  };
}
