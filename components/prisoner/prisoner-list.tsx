import { getTranslations } from "next-intl/server";
import { PrisonerStatusBadge } from "@/components/prisoner/prisoner-status-badge";
import { Localized, langOf } from "@/components/ui/localized";
import type { PrisonerListItemDto } from "@/lib/data/prisoners";
import { Link } from "@/lib/i18n/navigation";

export async function PrisonerList({ prisoners }: { prisoners: PrisonerListItemDto[] }) {
  const t = await getTranslations("Prisoners");
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {prisoners.map((prisoner) => (
        <li
          key={prisoner.slug}
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
        >
          <h2 className="text-lg leading-snug font-semibold" lang={langOf(prisoner.name)}>
            <Link
              href={`/prisoners/${prisoner.slug}`}
              className="rounded-sm text-accent-800 underline-offset-4 hover:underline dark:text-accent-100"
            >
              {prisoner.name.text}
            </Link>
          </h2>
          <dl className="flex flex-col gap-2 text-sm">
            {prisoner.country ? (
              <div className="flex gap-1.5">
                <dt className="text-slate-700 dark:text-slate-300">{t("country")}:</dt>
                <dd className="font-medium text-slate-900 dark:text-slate-100">
                  <Localized value={prisoner.country.name} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="sr-only">{t("status")}</dt>
              <dd>
                <PrisonerStatusBadge status={prisoner.status} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
