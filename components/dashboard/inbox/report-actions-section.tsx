import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ComponentProps } from "react";
import { ReportActionsPanel } from "@/components/dashboard/inbox/report-actions-panel";

/** The report's action forms, with the strings they need in the browser (and no others). */
export async function ReportActionsSection(props: ComponentProps<typeof ReportActionsPanel>) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Inbox: messages.Inbox }}>
      <ReportActionsPanel {...props} />
    </NextIntlClientProvider>
  );
}
