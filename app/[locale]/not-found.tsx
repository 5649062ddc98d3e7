"use client";

import { useTranslations } from "next-intl";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { publicRoutes } from "@/lib/routes";

/**
 * The localised 404. A client component on purpose: it receives no params, and on a page served
 * from the cache next-intl could only find the locale by reading the request's headers, which a
 * cached page may not do. The locale layout's provider gives it the locale and its messages.
 */
export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <Container width="prose">
      <title>{t("title")}</title>
      <PageHeader title={t("title")} lead={t("body")} />
      <div className="flex flex-wrap gap-3">
        <Button href={publicRoutes.home()}>{t("homeLink")}</Button>
        <Button href={publicRoutes.prisoners()} variant="secondary">
          {t("prisonersLink")}
        </Button>
      </div>
    </Container>
  );
}
