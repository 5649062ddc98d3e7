import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { timelineValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { PrisonerTimelineForm } from "@/components/dashboard/prisoner/prisoner-timeline-form";
import { Alert } from "@/components/ui/alert";
import { updatePrisonerTimeline } from "@/lib/actions/prisoners/update-prisoner-timeline";
import { can } from "@/lib/auth/policy";
import { localizedString, parseLocalizedText } from "@/lib/content-model/localized";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { PUBLICATION_STATES } from "@/lib/validation/prisoner-timeline";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.timeline") };
}

export default async function PrisonerTimelinePage(props: EditorPageProps) {
  const { actor, locale, prisoner, options, frame, translation } = await loadEditorPage(props);
  // Contributors draft events; publishing and archiving them is for those who publish profiles.
  // An event already published or archived keeps its state in the select (an event may be
  // published while this profile is a draft); only editors may change it, which the action checks.
  const publicEvents = prisoner.events.filter(
    ({ event }) => event.state === "PUBLISHED" || event.state === "ARCHIVED",
  );
  const lockedStates = new Set(publicEvents.map(({ event }) => event.state));
  const states: PublicationState[] = PUBLICATION_STATES.filter(
    (state) =>
      state === "DRAFT" ||
      state === "IN_REVIEW" ||
      lockedStates.has(state) ||
      can(actor, state === "ARCHIVED" ? "archive" : "publish", { type: "prisoner" }),
  );
  const publicEventsLocked =
    publicEvents.length > 0 && !can(actor, "update", { type: "prisoner", state: "PUBLISHED" });
  const t = await getTranslations("PrisonerEditor");
  const cases = prisoner.cases.map((item, index) => ({
    value: item.id,
    label:
      localizedString(parseLocalizedText(item.title), locale) || item.caseNumber || `#${index + 1}`,
  }));
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="timeline">
      {publicEventsLocked ? <Alert tone="info">{t("publicEventsLocked")}</Alert> : null}
      <PrisonerTimelineForm
        action={updatePrisonerTimeline}
        initialValues={timelineValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
        options={options}
        cases={cases}
        states={states}
      />
    </PrisonerEditorFrame>
  );
}
