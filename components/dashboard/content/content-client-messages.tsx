import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The strings the content editors' forms need in the browser (and no others). */
export async function ContentClientMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        EditorForm: messages.EditorForm,
        RichTextEditor: messages.RichTextEditor,
        ContentEditor: messages.ContentEditor,
        PublicationType: messages.PublicationType,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
