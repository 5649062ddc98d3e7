import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The strings the Sources editor's forms need in the browser (and no others). */
export async function SourceClientMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        EditorForm: messages.EditorForm,
        ContentEditor: messages.ContentEditor,
        SourceEditor: messages.SourceEditor,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
