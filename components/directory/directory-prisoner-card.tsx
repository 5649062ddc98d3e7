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
 */
export function DirectoryPrisonerCard({ prisoner }: { prisoner: DirectoryPrisonerDto }) {
  const t = useTranslations("DirectoryPage");
  const tStatus = useTranslations("PrisonerStatus");
  return (
    <li className="card flex-row gap-4">
      {prisoner.thumbnail ? (
        // Decorative beside the name; served by the media route, no optimiser, no third party.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={prisoner.thumbnail}
          alt=""
          width={64}
          height={80}
          loading="lazy"
          decoding="async"
          className="h-20 w-16 shrink-0 rounded border border-slate-200 object-cover dark:border-slate-700"
        />
      ) : null}
      <div className="flex min-w-0 flex-col gap-2">
        <h3 className="text-lg leading-snug font-semibold" lang={langOf(prisoner.name)}>
          <Link href={publicRoutes.prisoner(prisoner.slug)} className="card-link">
            {prisoner.name.text}
          </Link>
        </h3>
        {prisoner.otherName ? (
          <p
            lang={prisoner.otherName.lang}
            className="-mt-2 text-sm text-slate-700 dark:text-slate-300"
          >
            {prisoner.otherName.text}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-2">
          {prisoner.status ? (
            <Badge tone={PRISONER_STATUS_TONES[prisoner.status]}>{tStatus(prisoner.status)}</Badge>
          ) : (
            <Badge>{t("statusWithheld")}</Badge>
          )}
          {prisoner.match === "similar" ? <Badge tone="info">{t("similarMatch")}</Badge> : null}
        </p>
        {prisoner.country ? (
          <p className="text-sm font-medium text-slate-900 dark:text-slate-100">
            <span className="sr-only">{t("country")}: </span>
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
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {t.rich(detained ? "detainedSince" : "arrested", values)}
    </p>
  );
}
