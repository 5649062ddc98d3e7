import {
  dayValue,
  localizedValues,
  richTextValues,
} from "@/components/dashboard/content/content-form-values";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { PublicationEditorDto } from "@/lib/data/dashboard-publications";

/** A stored publication as the names its edit form posts. */
export function publicationValues(publication: PublicationEditorDto): FormValues {
  const values: FormValues = {
    type: publication.type,
    slug: publication.slug,
    publishedOn: dayValue(publication.publishedOn),
    countryCodes: publication.countryCodes,
    prisonerIds: publication.prisonerIds,
    coverImageId: publication.coverImageId ?? "",
    ...localizedValues("title", publication.title),
    ...localizedValues("summary", publication.summary),
    ...richTextValues("body", publication.body),
  };
  publication.attachments.forEach((attachment, index) => {
    const row = `attachments.${index}`;
    values[`${row}.id`] = attachment.id;
    values[`${row}.assetId`] = attachment.assetId;
    Object.assign(values, localizedValues(`${row}.title`, attachment.title));
  });
  return values;
}
