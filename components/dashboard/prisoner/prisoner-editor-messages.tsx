import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The message namespaces the prisoner editor's client components read (the form kit, the tab
 * forms, and the enum labels shared with the public profile), handed to the browser only on
 * these pages.
 */
const NAMESPACES = [
  "EditorForm",
  "RichTextEditor",
  "PrisonerEditor",
  "PrisonerStatus",
  "ProfileCases",
  "ProfileSentence",
  "ProfileCriteria",
  "ProfileTimeline",
  "ProfileSources",
  "Workflow",
  // The shared delete form (components/dashboard/content/delete-item-form.tsx).
  "ContentEditor",
] as const;

export async function PrisonerEditorMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    NAMESPACES.map((namespace) => [namespace, messages[namespace]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
