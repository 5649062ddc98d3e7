import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";

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

/** One block of the dashboard home: a heading, the count in words, a short list, links onward. */
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
            <TextLink key={link.href} href={link.href}>
              {link.label}
            </TextLink>
          ))}
        </p>
      ) : null}
    </section>
  );
}
