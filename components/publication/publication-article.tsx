import { getTranslations } from "next-intl/server";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import type { PublicationSection } from "@/components/publication/publication-sections";
import { RichText } from "@/components/rich-text/rich-text";
import { Badge } from "@/components/ui/badge";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { PublicationDto } from "@/lib/data/publications";

interface PublicationArticleProps {
  section: PublicationSection;
  publication: PublicationDto;
}

/** The body of /news/[slug] and /reports/[slug]. */
export async function PublicationArticle({ section, publication }: PublicationArticleProps) {
  const [t, tType, tNav] = await Promise.all([
    getTranslations("Publications"),
    getTranslations("PublicationType"),
    getTranslations("Navigation"),
  ]);
  const publishedOn = publication.publishedOn;
  const hasFallback = [publication.title, publication.summary, publication.body].some(
    (text) => text?.isFallback,
  );

  return (
    <Container width="prose">
      <BackLink href={`/${section}`} section={tNav(section)} />
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
        <div className="mt-8">
          {publication.body ? (
            <RichText doc={publication.body.doc} lang={langOf(publication.body)} />
          ) : (
            <p className="text-slate-700 dark:text-slate-300">{t("noBody")}</p>
          )}
        </div>
      </article>
    </Container>
  );
}
