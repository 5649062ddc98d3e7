import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { Heading, type HeadingLevel } from "@/components/ui/heading";
import { langOf } from "@/components/ui/localized";
import type { PublicationListItemDto } from "@/lib/data/publications";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

interface PublicationListProps {
  publications: PublicationListItemDto[];
  headingLevel: HeadingLevel;
  /** Show the type badge: always on mixed lists (home), else only for statements among news. */
  showType?: boolean;
}

export async function PublicationList({
  publications,
  headingLevel,
  showType = false,
}: PublicationListProps) {
  const t = await getTranslations("PublicationType");
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {publications.map((publication) => (
        <li key={`${publication.type}/${publication.slug}`}>
          <article className="card h-full gap-3">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
              {showType || publication.type === "STATEMENT" ? (
                <Badge tone="info">{t(publication.type)}</Badge>
              ) : null}
              {publication.publishedOn ? <DateText date={publication.publishedOn} /> : null}
            </div>
            <Heading
              level={headingLevel}
              lang={langOf(publication.title)}
              className="text-lg leading-snug font-semibold"
            >
              <Link href={publicRoutes.publication(publication)} className="card-link">
                {publication.title.text}
              </Link>
            </Heading>
            {publication.summary ? (
              <p lang={langOf(publication.summary)} className="text-slate-700 dark:text-slate-300">
                {publication.summary.text}
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
