interface TextSection {
  id: string;
  title: string;
  paragraphs: string[];
}

/** Static prose (about, privacy) as h2 sections; each section is reachable by its id. */
export function TextSections({ sections }: { sections: TextSection[] }) {
  return (
    <div className="flex flex-col gap-10">
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2
            id={`${section.id}-heading`}
            className="mb-3 text-xl font-semibold text-slate-900 dark:text-slate-50"
          >
            {section.title}
          </h2>
          <div className="flex max-w-prose flex-col gap-3 text-slate-800 dark:text-slate-200">
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
