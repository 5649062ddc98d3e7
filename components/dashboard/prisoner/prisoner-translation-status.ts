import type { PrisonerForEditing } from "@/lib/data/dashboard-prisoners";
import { translationStatus, type TranslationStatus } from "@/lib/validation/localized";

type Localized = Partial<Record<string, unknown>> | null;

function asLocalized(value: unknown): Localized {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Localized) : null;
}

/**
 * The translation status of a whole profile: every localised field of the row and its child rows
 * (cases, charges, detentions, events, assessments, recognitions). "Missing Russian" means some
 * text exists in English but not in Russian.
 */
export function prisonerTranslationStatus(prisoner: PrisonerForEditing): TranslationStatus {
  const fields: unknown[] = [
    prisoner.name,
    prisoner.region,
    prisoner.occupation,
    prisoner.summary,
    prisoner.biography,
    ...prisoner.cases.flatMap((item) => [
      item.title,
      item.court,
      item.courtCity,
      item.appealOutcome,
      item.sentenceNote,
      item.notes,
      ...item.charges.map((charge) => charge.note),
    ]),
    ...prisoner.detentions.map((item) => item.note),
    ...prisoner.events.flatMap(({ event }) => [event.title, event.text]),
    ...prisoner.criterionAssessments.map((item) => item.reasoning),
    ...prisoner.recognitions.map((item) => item.note),
  ];
  return translationStatus(fields.map(asLocalized));
}
