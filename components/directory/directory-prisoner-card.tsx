import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { PRISONER_STATUS_TONES } from "@/components/prisoner/prisoner-status-tones";
import { Badge } from "@/components/ui/badge";
import { Localized, langOf } from "@/components/ui/localized";
import type { CalendarDate } from "@/lib/data/calendar-date";
import type { DirectoryPrisonerDto } from "@/lib/data/prisoner-directory";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

const DATE_FORMATS = {
  DAY: { day: "numeric", month: "long", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  YEAR: { year: "numeric" },
} as const;

/** A calendar date as precisely as it is known, in a <time> (components/ui/date-text.tsx). */
function useDateValues(date: CalendarDate) {
  const format = useFormatter();
  return {
    date: format.dateTime(new Date(`${date.iso}T00:00:00Z`), DATE_FORMATS[date.precision]),
    time: (chunks: ReactNode) => (
      <time dateTime={date.iso.slice(0, { DAY: 10, MONTH: 7, YEAR: 4 }[date.precision])}>
        {chunks}
      </time>
    ),
  };
}

/**
 * One person in the directory, with what a visitor scans for: the name (and its other spelling),
 * photo, status, country and since when deprived of liberty. Rendered from the compact DTO by the
 * server for the first page and by the browser for the live search's answers, the same markup.
 *
 * Lean on purpose (issue 17: a page of 20 under 40 KB): the card is styled by the list's one
 * class (`.directory-cards` in app/globals.css), not by utilities repeated on every card, and its
 * elements are only those that carry something: one link, the photo, three short lines.
 */
export function DirectoryPrisonerCard({ prisoner }: { prisoner: DirectoryPrisonerDto }) {
  const t = useTranslations("DirectoryPage");
  const tStatus = useTranslations("PrisonerStatus");
  return (
    <li>
      {prisoner.thumbnail ? (
        // Decorative beside the name; served by the media route, no optimiser, no third party.
        // Its box is sized by the stylesheet (which blocks rendering), so no width/height here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={prisoner.thumbnail} alt="" loading="lazy" />
      ) : null}
      <div>
        <h3 lang={langOf(prisoner.name)}>
          <Link href={publicRoutes.prisoner(prisoner.slug)}>{prisoner.name.text}</Link>
        </h3>
        {prisoner.otherName ? (
          <p lang={prisoner.otherName.lang}>{prisoner.otherName.text}</p>
        ) : null}
        <p>
          {prisoner.status ? (
            <Badge tone={PRISONER_STATUS_TONES[prisoner.status]}>{tStatus(prisoner.status)}</Badge>
          ) : (
            <Badge>{t("statusWithheld")}</Badge>
          )}
          {prisoner.match === "similar" ? <Badge tone="info">{t("similarMatch")}</Badge> : null}
        </p>
        {/* The country's name says what it is: no "Country:" label, on 20 cards a page. */}
        {prisoner.country ? (
          <p>
            <Localized value={prisoner.country.name} />
          </p>
        ) : null}
        <DirectoryCardSince prisoner={prisoner} />
      </div>
    </li>
  );
}

function DirectoryCardSince({ prisoner }: { prisoner: DirectoryPrisonerDto }) {
  const since = prisoner.detainedSince ?? prisoner.arrestedOn;
  if (!since) return null;
  return <DirectoryCardDate date={since} detained={prisoner.detainedSince !== null} />;
}

function DirectoryCardDate({ date, detained }: { date: CalendarDate; detained: boolean }) {
  const t = useTranslations("DirectoryPage");
  const values = useDateValues(date);
  return <p>{t.rich(detained ? "detainedSince" : "arrested", values)}</p>;
}
