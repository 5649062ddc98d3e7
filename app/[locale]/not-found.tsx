import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}

export default async function LocaleNotFound() {
  const t = await getTranslations("NotFound");
  return (
    <Container width="prose">
      <PageHeader title={t("title")} lead={t("body")} />
      <div className="flex flex-wrap gap-3">
        <Button href="/">{t("homeLink")}</Button>
        <Button href="/prisoners" variant="secondary">
          {t("prisonersLink")}
        </Button>
      </div>
    </Container>
  );
}
