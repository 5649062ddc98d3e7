import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerBasicsForm } from "@/components/dashboard/prisoner/prisoner-basics-form";
import { PrisonerEditorMessages } from "@/components/dashboard/prisoner/prisoner-editor-messages";
import { PageHeader } from "@/components/layout/page-header";
import { createPrisoner } from "@/lib/actions/prisoners/create-prisoner";
import { requireActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/session";
import { getPrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { getPageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("newTitle") };
}

/** A new profile starts with the "Basics" form and is created as a draft. */
export default async function NewPrisonerPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "prisoner", state: "DRAFT" });
  const [t, options] = await Promise.all([
    getTranslations("PrisonerEditor"),
    getPrisonerEditorOptions(actor, locale),
  ]);
  return (
    <>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <PrisonerEditorMessages>
        <PrisonerBasicsForm
          action={createPrisoner}
          initialValues={{ status: "PRETRIAL_DETENTION" }}
          options={options}
        />
      </PrisonerEditorMessages>
    </>
  );
}
