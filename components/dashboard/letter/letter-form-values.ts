import {
  dayValue,
  localizedValues,
  richTextValues,
} from "@/components/dashboard/content/content-form-values";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { LetterEditorDto } from "@/lib/data/dashboard-letters";

/** A stored letter as the names its edit form posts (the text is the current version's). */
export function letterValues(letter: LetterEditorDto): FormValues {
  return {
    kind: letter.kind,
    slug: letter.slug,
    sentOn: dayValue(letter.sentOn),
    goal: letter.goal === null ? "" : String(letter.goal),
    deadline: dayValue(letter.deadline),
    countryCodes: letter.countryCodes,
    prisonerIds: letter.prisonerIds,
    ...localizedValues("title", letter.title),
    ...localizedValues("summary", letter.summary),
    ...localizedValues("addresseeName", letter.addresseeName),
    ...localizedValues("addresseeOffice", letter.addresseeOffice),
    ...localizedValues("textTitle", letter.textTitle),
    ...richTextValues("text", letter.text),
    ...Object.fromEntries(
      letter.thresholds.flatMap((threshold, index) => [
        [`thresholds.${index}.count`, String(threshold.count)],
        ...Object.entries(localizedValues(`thresholds.${index}.label`, threshold.label)),
      ]),
    ),
  };
}
