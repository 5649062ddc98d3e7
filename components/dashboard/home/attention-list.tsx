import type { ReactNode } from "react";
import { textLinkClass } from "@/components/ui/text-link";
import { Link } from "@/lib/i18n/navigation";

export interface AttentionListEntry {
  key: string;
  /** The item's name; a link when `href` is set. */
  label: ReactNode;
  /** Language of the label when it is fallback text. */
  lang?: string;
  href: string | null;
  /** A short line under the label: kind, date, assignee. */
  detail: ReactNode;
}

/** The short list inside an attention block. */
export function AttentionList({ entries }: { entries: AttentionListEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-700">
      {entries.map((entry) => (
        <li key={entry.key} className="flex flex-col gap-0.5 py-2">
          <span lang={entry.lang}>
            {entry.href ? (
              <Link href={entry.href} prefetch={false} className={textLinkClass}>
                {entry.label}
              </Link>
            ) : (
              <span className="font-medium text-slate-900 dark:text-slate-100">{entry.label}</span>
            )}
          </span>
          <span className="text-sm text-slate-700 dark:text-slate-300">{entry.detail}</span>
        </li>
      ))}
    </ul>
  );
}
