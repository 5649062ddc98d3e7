import "server-only";
import { requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

/** The props Next.js gives a content item's editor page (`…/[id]/page.tsx`). */
export interface ItemEditorPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * What every content item's editor page starts from: the locale (an unknown one is a 404), the
 * signed-in actor (else a redirect to sign-in), the `[id]` segment as given, and whether the
 * create action just sent the user here (`?created=1`). Loading the item, and so asking the
 * policy whether the actor may see it, stays in the page's own lib/data call.
 */
export async function openItemEditor({ params, searchParams }: ItemEditorPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return { locale, actor, id, created: Boolean(parseContentListQuery(query).created) };
}
