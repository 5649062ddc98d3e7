import { getTranslations } from "next-intl/server";
import { PrisonerStatusBadge } from "@/components/prisoner/prisoner-status-badge";
import { Badge } from "@/components/ui/badge";
import { richDateValues } from "@/components/ui/date-text";
import { Localized, langOf } from "@/components/ui/localized";
import type { DirectoryPrisonerDto } from "@/lib/data/prisoner-directory";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

/** One person in the directory: name (and its other spelling), status, country, dates, summary. */
export async function DirectoryPrisonerCard({ prisoner }: { prisoner: DirectoryPrisonerDto }) {
  const [t, tPrisoners] = await Promise.all([
    getTranslations("DirectoryPage"),
    getTranslations("Prisoners"),
  ]);
  const since = prisoner.detainedSince ?? prisoner.arrestedOn;
  return (
    <li className="card gap-3">
      <div className="flex flex-col gap-0.5">
        <h3 className="text-lg leading-snug font-semibold" lang={langOf(prisoner.name)}>
          <Link href={publicRoutes.prisoner(prisoner.slug)} className="card-link">
            {prisoner.name.text}
          </Link>
        </h3>
        {prisoner.otherName ? (
          <p lang={prisoner.otherName.lang} className="text-sm text-slate-700 dark:text-slate-300">
            {prisoner.otherName.text}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {prisoner.status ? (
          <PrisonerStatusBadge status={prisoner.status} />
        ) : (
          <Badge>{t("statusWithheld")}</Badge>
        )}
        {prisoner.match === "similar" ? <Badge tone="info">{t("similarMatch")}</Badge> : null}
      </div>
      <dl className="flex flex-col gap-1 text-sm">
        {prisoner.country ? (
          <div className="flex gap-1.5">
            <dt className="text-slate-700 dark:text-slate-300">{tPrisoners("country")}:</dt>
            <dd className="font-medium text-slate-900 dark:text-slate-100">
              <Localized value={prisoner.country.name} />
            </dd>
          </div>
        ) : null}
      </dl>
      {since ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t.rich(
            prisoner.detainedSince ? "detainedSince" : "arrested",
            await richDateValues(since),
          )}
        </p>
      ) : null}
      {prisoner.summary ? (
        <p
          className="line-clamp-3 text-slate-800 dark:text-slate-200"
          lang={langOf(prisoner.summary)}
        >
          {prisoner.summary.text}
        </p>
      ) : null}
    </li>
  );
}
