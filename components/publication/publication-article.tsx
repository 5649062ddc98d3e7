import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { photoCreditText } from "@/components/content/photo-credit";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { LinkedItems } from "@/components/publication/linked-items";
import { PublicationAttachments } from "@/components/publication/publication-attachments";
import { RichText } from "@/components/rich-text/rich-text";
import { Badge } from "@/components/ui/badge";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { PublicationDto, PublicationSection } from "@/lib/data/publications";
import { publicRoutes } from "@/lib/routes";

interface PublicationArticleProps {
  section: PublicationSection;
  publication: PublicationDto;
}

function ArticleSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 flex flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The body of /news/[slug] and /reports/[slug]. */
export async function PublicationArticle({ section, publication }: PublicationArticleProps) {
  const [t, tPage, tType, tNav] = await Promise.all([
    getTranslations("Publications"),
    getTranslations("PublicationsPage"),
    getTranslations("PublicationType"),
    getTranslations("Navigation"),
  ]);
  const { publishedOn, cover } = publication;
  const hasFallback = [
    publication.title,
    publication.summary,
    publication.body,
    ...publication.attachments.map((attachment) => attachment.title),
  ].some((text) => text?.isFallback);

  return (
    <Container width="prose">
      <BackLink href={publicRoutes[section]()} section={tNav(section)} />
      <article>
        <PageHeader
          title={publication.title.text}
          titleLang={langOf(publication.title)}
          lead={
            publication.summary ? (
              <span lang={langOf(publication.summary)}>{publication.summary.text}</span>
            ) : undefined
          }
        >
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-slate-700 dark:text-slate-300">
            <Badge tone="info">{tType(publication.type)}</Badge>
            {publishedOn ? <p>{t.rich("publishedOn", await richDateValues(publishedOn))}</p> : null}
          </div>
        </PageHeader>
        {hasFallback ? <FallbackNotice /> : null}
        {cover ? (
          <figure className="mt-8 flex flex-col gap-2">
            {/* Served by the media route (immutable, cached); next/image would resize it on our server per width. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={cover.href}
              alt={cover.alt?.text ?? ""}
              lang={langOf(cover.alt)}
              width={cover.width ?? undefined}
              height={cover.height ?? undefined}
              className="h-auto w-full rounded-lg"
            />
            {cover.credit ? (
              <figcaption className="text-sm text-slate-700 dark:text-slate-300">
                {photoCreditText(cover.credit, (credit) => tPage("photoCredit", { credit }))}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div className="mt-8">
          {publication.body ? (
            <RichText doc={publication.body.doc} lang={langOf(publication.body)} />
          ) : (
            <p className="text-slate-700 dark:text-slate-300">{t("noBody")}</p>
          )}
        </div>

        {publication.attachments.length > 0 ? (
          <ArticleSection id="downloads" title={tPage("downloadsHeading")}>
            <PublicationAttachments attachments={publication.attachments} />
          </ArticleSection>
        ) : null}

        {publication.prisoners.length > 0 ? (
          <ArticleSection id="prisoners" title={tPage("prisonersHeading")}>
            <LinkedItems
              items={publication.prisoners.map((prisoner) => ({
                key: prisoner.slug,
                href: publicRoutes.prisoner(prisoner.slug),
                label: prisoner.name,
              }))}
            />
          </ArticleSection>
        ) : null}

        {publication.countries.length > 0 ? (
          <ArticleSection id="countries" title={tPage("countriesHeading")}>
            <LinkedItems
              items={publication.countries.map((country) => ({
                key: country.code,
                href: publicRoutes.country(country.code),
                label: country.name,
              }))}
            />
          </ArticleSection>
        ) : null}
      </article>
    </Container>
  );
}
