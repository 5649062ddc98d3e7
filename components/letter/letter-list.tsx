import { LetterAddressee } from "@/components/letter/letter-addressee";
import { LetterBadges } from "@/components/letter/letter-badges";
import { LetterSupport } from "@/components/letter/letter-support";
import { DateText } from "@/components/ui/date-text";
import { Heading, type HeadingLevel } from "@/components/ui/heading";
import { langOf } from "@/components/ui/localized";
import type { LetterListItemDto } from "@/lib/data/letters";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

interface LetterListProps {
  letters: LetterListItemDto[];
  headingLevel: HeadingLevel;
}

export function LetterList({ letters, headingLevel }: LetterListProps) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {letters.map((letter) => (
        <li key={letter.slug}>
          <article className="card h-full gap-3">
            <LetterBadges letter={letter} />
            <Heading
              level={headingLevel}
              lang={langOf(letter.title)}
              className="text-lg leading-snug font-semibold"
            >
              <Link href={publicRoutes.letter(letter.slug)} className="card-link">
                {letter.title.text}
              </Link>
            </Heading>
            {letter.addresseeName || letter.sentOn ? (
              <p className="text-sm text-slate-800 dark:text-slate-200">
                {letter.addresseeName ? (
                  <span className="font-medium">
                    <LetterAddressee letter={letter} />
                  </span>
                ) : null}
                {letter.addresseeName && letter.sentOn ? " · " : null}
                {letter.sentOn ? <DateText date={letter.sentOn} /> : null}
              </p>
            ) : null}
            {letter.summary ? (
              <p lang={langOf(letter.summary)} className="text-slate-700 dark:text-slate-300">
                {letter.summary.text}
              </p>
            ) : null}
            <div className="mt-auto">
              <LetterSupport letter={letter} />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
