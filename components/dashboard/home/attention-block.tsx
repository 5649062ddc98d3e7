import type { ReactNode } from "react";
import { textLinkClass } from "@/components/ui/text-link";
import { Link } from "@/lib/i18n/navigation";

interface AttentionBlockProps {
  /** Anchor and heading id; the section is labelled by its heading. */
  id: string;
  heading: string;
  /** The block's count as a sentence ("3 items are waiting for review."). */
  summary: ReactNode;
  /** The first few items, or nothing when the count is zero. */
  children?: ReactNode;
  /** Where to see them all. */
  links?: { href: string; label: string }[];
}

/**
 * One block of the dashboard home: a heading, the count in words, a short list, links onward.
 * The links (here and in AttentionList) are not prefetched, as the menu's are not
 * (dashboard-nav-link.tsx): each leads to a page rendered from the database per request, and a
 * home of a dozen blocks would otherwise start a dozen such renders in the background.
 */
export function AttentionBlock({
  id,
  heading,
  summary,
  children,
  links = [],
}: AttentionBlockProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h2 id={headingId} className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        {heading}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">{summary}</p>
      {children}
      {links.length > 0 ? (
        <p className="mt-auto flex flex-wrap gap-x-5 gap-y-2 pt-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} prefetch={false} className={textLinkClass}>
              {link.label}
            </Link>
          ))}
        </p>
      ) : null}
    </section>
  );
}
