import { getTranslations } from "next-intl/server";
import { PrisonerStatusBadge } from "@/components/prisoner/prisoner-status-badge";
import { Badge } from "@/components/ui/badge";
import { langOf } from "@/components/ui/localized";
import type { CountryPrisonerDto } from "@/lib/data/countries";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

/** A country's prisoners: names linking to their profiles, with their status. */
export async function CountryPrisonerList({ prisoners }: { prisoners: CountryPrisonerDto[] }) {
  const t = await getTranslations("CountryPage");
  return (
    <ul className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
      {prisoners.map((prisoner) => (
        <li
          key={prisoner.slug}
          className="flex flex-col items-start gap-1.5 border-b border-slate-200 pb-3 dark:border-slate-700"
        >
          <Link
            href={publicRoutes.prisoner(prisoner.slug)}
            lang={langOf(prisoner.name)}
            className="rounded-sm font-semibold text-accent-800 underline underline-offset-4 hover:decoration-2 dark:text-accent-100"
          >
            {prisoner.name.text}
          </Link>
          {prisoner.status ? (
            <PrisonerStatusBadge status={prisoner.status} />
          ) : (
            <Badge>{t("statusWithheld")}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
