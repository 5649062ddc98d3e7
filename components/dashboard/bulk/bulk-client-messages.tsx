import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The strings a bulk form needs in the browser: its own (Bulk), the form kit's (EditorForm) and
 * the namespaces the page's own rows use, and no others.
 */
export async function BulkClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: string[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const name of ["Bulk", "EditorForm", ...namespaces]) picked[name] = messages[name];
  return <NextIntlClientProvider messages={picked as never}>{children}</NextIntlClientProvider>;
}
