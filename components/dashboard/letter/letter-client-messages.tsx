import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The strings the letter editor's forms need in the browser (and no others). */
export async function LetterClientMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        EditorForm: messages.EditorForm,
        RichTextEditor: messages.RichTextEditor,
        // The shared delete form (components/dashboard/content/delete-item-form.tsx).
        ContentEditor: messages.ContentEditor,
        LetterEditor: messages.LetterEditor,
        Signatories: messages.Signatories,
        FlaggedSignatures: messages.FlaggedSignatures,
        DeliveryExport: messages.DeliveryExport,
        // The answers tab and the milestones of the letter form (lib/letter-answers).
        LetterAnswerEditor: messages.LetterAnswerEditor,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
