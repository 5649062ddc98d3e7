import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { dashboardRoutes } from "@/lib/routes";

/**
 * What a dashboard page answers, with HTTP 403, when the policy refuses the signed-in person
 * (a page calls `forbidden()` from next/navigation): e.g. a contributor following an old link to
 * a letter's signatures. Rendered inside the dashboard's own layout.
 */
export default async function DashboardForbidden() {
  const t = await getTranslations("StaffForbidden");
  return (
    <div className="flex flex-col gap-4">
      <title>{t("title")}</title>
      <PageHeader title={t("title")} lead={t("body")} />
      <div>
        <Button href={dashboardRoutes.home()}>{t("back")}</Button>
      </div>
    </div>
  );
}
