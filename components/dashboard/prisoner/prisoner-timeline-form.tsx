"use client";

import { useTranslations } from "next-intl";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import {
  RemoveRowField,
  RepeatableRows,
  RowIdField,
} from "@/components/dashboard/form/repeatable-rows";
import { SelectField } from "@/components/dashboard/form/select-field";
import { PrisonerCitationRows } from "@/components/dashboard/prisoner/prisoner-citation-rows";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import { RowSectionHeading } from "@/components/dashboard/toc/row-section-heading";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import { useRowSections } from "@/components/dashboard/toc/use-row-sections";
import type { EditorOption, PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { EVENT_TYPES } from "@/lib/validation/prisoner-timeline";

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "sources">;
  /** The person's cases, for "belongs to case". */
  cases: EditorOption[];
  /** The event states this person may choose (contributors: draft and in review). */
  states: PublicationState[];
}

/**
 * The "Timeline" tab: events with their date, type, texts, state and sources, one section per
 * event in the table of contents.
 */
export function PrisonerTimelineForm({ options, cases, states, ...form }: Props) {
  return (
    <PrisonerTabForm {...form}>
      <EventRows options={options} cases={cases} states={states} />
    </PrisonerTabForm>
  );
}

/** The events with their contents; inside the form, whose state names the rows. */
function EventRows({ options, cases, states }: Pick<Props, "options" | "cases" | "states">) {
  const t = useTranslations("PrisonerEditor");
  const tType = useTranslations("ProfileTimeline.eventType");
  // "2021-03-04 — Arrested at home", or "Event 3" when both are blank; "New event" if not saved.
  const sections = useRowSections("events", (row) => {
    const named = [row.text("date"), row.localized("title")].filter(Boolean).join(" — ");
    if (!row.stored) return named ? `${t("toc.newEvent")}: ${named}` : t("toc.newEvent");
    return named || t("toc.event", { number: row.number });
  });
  return (
    <SectionedFormBody sections={sections}>
      <RepeatableRows
        name="events"
        legend={t("fields.events")}
        addLabel={t("addEvent")}
        renderRow={(index) => {
          const row = `events.${index}`;
          return (
            <div className="flex flex-col gap-4">
              <RowSectionHeading section={sections[index]} />
              <RowIdField name={row} />
              <div className="grid gap-4 md:grid-cols-3">
                <PartialDateField name={`${row}.date`} label={t("fields.eventDate")} required />
                <SelectField
                  name={`${row}.type`}
                  label={t("fields.eventType")}
                  options={EVENT_TYPES.map((value) => ({ value, label: tType(value) }))}
                />
                <SelectField
                  name={`${row}.state`}
                  label={t("fields.eventState")}
                  options={states.map((value) => ({ value, label: t(`states.${value}`) }))}
                />
              </div>
              {cases.length > 0 ? (
                <SelectField
                  name={`${row}.caseId`}
                  label={t("fields.eventCase")}
                  placeholder={t("none")}
                  options={cases}
                />
              ) : null}
              <LocalizedFields name={`${row}.title`} label={t("fields.eventTitle")} />
              <LocalizedFields
                name={`${row}.text`}
                label={t("fields.eventText")}
                multiline
                required
              />
              <PrisonerCitationRows name={`${row}.citations`} sources={options.sources} />
              <RemoveRowField name={row} />
            </div>
          );
        }}
      />
    </SectionedFormBody>
  );
}
