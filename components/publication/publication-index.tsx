import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { PublicationList } from "@/components/publication/publication-list";
import type { PublicationSection } from "@/components/publication/publication-sections";
import type { PublicationListItemDto } from "@/lib/data/publications";

interface PublicationIndexProps {
  section: PublicationSection;
  publications: PublicationListItemDto[];
}

/** The body of /news and /reports. */
export async function PublicationIndex({ section, publications }: PublicationIndexProps) {
  const t = await getTranslations("Publications");
  return (
    <Container>
      <PageHeader title={t(`${section}Title`)} lead={t(`${section}Lead`)} />
      {publications.length > 0 ? (
        <PublicationList publications={publications} headingLevel={2} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">{t(`${section}Empty`)}</p>
      )}
    </Container>
  );
}
