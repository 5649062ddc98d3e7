import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DeleteItemForm } from "@/components/dashboard/content/delete-item-form";
import { PrisonerBasicsForm } from "@/components/dashboard/prisoner/prisoner-basics-form";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { DashboardSponsorsSection } from "@/components/sponsors/dashboard-sponsors-section";
import { basicsValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { deletePrisoner } from "@/lib/actions/prisoners/delete-prisoner";
import { updatePrisonerBasics } from "@/lib/actions/prisoners/update-prisoner-basics";
import { can } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/routing";
import { getDashboardSponsors } from "@/lib/sponsors/dashboard-sponsors";
import { loadEditorPage, type EditorPageProps } from "./load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.basics") };
}

/** The "Basics" tab of the prisoner editor, and deletion for editors. */
export default async function PrisonerBasicsPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  const t = await getTranslations("PrisonerEditor");
  const sponsors = await getDashboardSponsors(actor, prisoner.id, (await getLocale()) as Locale);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="basics">
      <PrisonerBasicsForm
        action={updatePrisonerBasics}
        initialValues={basicsValues(prisoner)}
        options={options}
        id={prisoner.id}
        version={prisoner.version}
      />
      <DashboardSponsorsSection actor={actor} prisonerId={prisoner.id} data={sponsors} />
      {can(actor, "delete", { type: "prisoner", state: prisoner.state }) ? (
        <DeleteItemForm
          action={deletePrisoner}
          id={prisoner.id}
          version={prisoner.version}
          texts={{
            heading: t("deleteTitle"),
            explanation: t("deleteExplanation"),
            confirm: t("deleteConfirm"),
            button: t("deleteButton"),
          }}
        />
      ) : null}
    </PrisonerEditorFrame>
  );
}
