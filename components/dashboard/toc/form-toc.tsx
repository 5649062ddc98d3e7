"use client";

import { useEffect, useState } from "react";

export interface TocSection {
  /** The id of the section's heading. */
  id: string;
  title: string;
}

interface FormTocProps {
  label: string;
  sections: readonly TocSection[];
  className?: string;
}

/**
 * The in-page table of contents of a long editor form: plain anchor links to the sections'
 * headings, which work without JavaScript. With it, an IntersectionObserver marks the section in
 * view (`aria-current="location"`) as the editor scrolls.
 */
export function FormToc({ label, sections, className }: FormTocProps) {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    const headings = sections
      .map((section) => document.getElementById(section.id))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0 || typeof IntersectionObserver === "undefined") return;
    const pick = () => setCurrent(sectionInView(headings));
    // Told whenever a heading crosses the upper 40 % of the window, i.e. a section begins or
    // ends being the one read; the position is then measured once.
    const observer = new IntersectionObserver(pick, { rootMargin: "0px 0px -60% 0px" });
    for (const heading of headings) observer.observe(heading);
    window.addEventListener("hashchange", pick);
    pick();
    return () => {
      observer.disconnect();
      window.removeEventListener("hashchange", pick);
    };
  }, [sections]);

  return (
    <nav aria-label={label} className={className}>
      <p
        aria-hidden="true"
        className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300"
      >
        {label}
      </p>
      <ol className="flex flex-wrap gap-x-4 gap-y-1 xl:flex-col">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={current === section.id ? "location" : undefined}
              className="inline-flex min-h-6 items-center border-l-4 border-transparent py-1 pl-2 text-accent-800 underline-offset-4 hover:underline aria-[current=location]:border-accent-700 aria-[current=location]:font-semibold aria-[current=location]:text-slate-900 dark:text-accent-200 dark:aria-[current=location]:border-accent-300 dark:aria-[current=location]:text-slate-50"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The section being read: the last whose heading has passed the upper 40 % of the window, or the
 * one just jumped to while its heading is on screen (the last sections of a form may never reach
 * that line: the page ends first).
 */
function sectionInView(headings: HTMLElement[]): string {
  const line = window.innerHeight * 0.4;
  let chosen = headings[0]!.id;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) chosen = heading.id;
  }
  const target = headings.find((heading) => `#${heading.id}` === window.location.hash);
  if (target) {
    const { top, bottom } = target.getBoundingClientRect();
    if (top >= 0 && bottom <= window.innerHeight) chosen = target.id;
  }
  return chosen;
}
