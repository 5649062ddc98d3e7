import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Values for a message such as "received <time>{date}</time>" used with `t.rich`: a moment (an
 * ISO timestamp) as a date in the page's locale, inside a <time> element.
 */
export async function timestampValues(iso: string) {
  const format = await getFormatter();
  return {
    date: format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric" }),
    time: (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>,
  };
}
