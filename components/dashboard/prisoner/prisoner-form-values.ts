import type { FormValues } from "@/lib/actions/staff-action-state";
import { CONTENT_LOCALES } from "@/lib/content-model/localized";
import { richTextDocSchema } from "@/lib/content-model/rich-text";
import type { PrisonerForEditing } from "@/lib/data/dashboard-prisoners";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDate } from "@/lib/validation/partial-date";
import { PACE_CRITERIA } from "@/lib/validation/prisoner-political";

/**
 * The stored profile as the form values of each editor tab (form names → text), the same shape
 * the server echoes after a submission, so that a form renders both the same way.
 */

function putLocalized(values: FormValues, name: string, json: unknown): void {
  if (!json || typeof json !== "object") return;
  for (const locale of CONTENT_LOCALES) {
    const text = (json as Record<string, unknown>)[locale];
    if (typeof text === "string") values[`${name}.${locale}`] = text;
  }
}

function putRichText(values: FormValues, name: string, json: unknown): void {
  if (!json || typeof json !== "object") return;
  for (const locale of CONTENT_LOCALES) {
    const doc = richTextDocSchema.safeParse((json as Record<string, unknown>)[locale]);
    if (doc.success) values[`${name}.${locale}`] = JSON.stringify(doc.data);
  }
}

function day(date: Date | null): string {
  return formatPartialDate(date, "DAY");
}

function partial(date: Date | null, precision: DatePrecision): string {
  return formatPartialDate(date, precision);
}

/** A stored citation list as the rows of a citation-rows field (`${name}.0.sourceId` …). */
function putCitations(
  values: FormValues,
  name: string,
  citations: readonly { sourceId: string; locator: string | null; field?: string | null }[],
): void {
  citations.forEach((citation, index) => {
    values[`${name}.${index}.sourceId`] = citation.sourceId;
    values[`${name}.${index}.locator`] = citation.locator ?? "";
    if (citation.field) values[`${name}.${index}.field`] = citation.field;
  });
}

export function basicsValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {
    sortName: prisoner.sortName,
    slug: prisoner.slug,
    gender: prisoner.gender ?? "",
    birthYear: prisoner.birthYear?.toString() ?? "",
    birthDate: day(prisoner.birthDate),
    citizenships: prisoner.citizenships.join(", "),
    countryCode: prisoner.countryCode,
    roles: prisoner.roles,
    status: prisoner.status,
    statusSince: partial(prisoner.statusSince, prisoner.statusSincePrecision),
    arrestedOn: partial(prisoner.arrestedOn, prisoner.arrestedOnPrecision),
    photoId: prisoner.photoId ?? "",
    redactedFields: prisoner.redactedFields,
    tagIds: prisoner.tags.map((tag) => tag.tagId),
    affiliationIds: prisoner.affiliations.map((item) => item.affiliationId),
  };
  putLocalized(values, "name", prisoner.name);
  putLocalized(values, "region", prisoner.region);
  putLocalized(values, "occupation", prisoner.occupation);
  putLocalized(values, "summary", prisoner.summary);
  putRichText(values, "biography", prisoner.biography);
  for (const item of prisoner.affiliations) {
    putLocalized(values, `affiliationRoles.${item.affiliationId}`, item.role);
  }
  return values;
}

export function namesValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {};
  prisoner.nameVariants.forEach((variant, index) => {
    values[`nameVariants.${index}.id`] = variant.id;
    values[`nameVariants.${index}.value`] = variant.value;
    values[`nameVariants.${index}.script`] = variant.script;
    values[`nameVariants.${index}.kind`] = variant.kind;
    values[`nameVariants.${index}.lang`] = variant.lang ?? "";
  });
  return values;
}

export function statusHistoryValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {};
  prisoner.statusChanges.forEach((change, index) => {
    const name = `statusChanges.${index}`;
    values[`${name}.id`] = change.id;
    values[`${name}.status`] = change.status;
    values[`${name}.effectiveOn`] = partial(change.effectiveOn, change.effectiveOnPrecision);
    putLocalized(values, `${name}.note`, change.note);
    putCitations(values, `${name}.citations`, change.citations);
  });
  return values;
}

export function casesValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {};
  prisoner.cases.forEach((item, index) => {
    const name = `cases.${index}`;
    values[`${name}.id`] = item.id;
    values[`${name}.countryCode`] = item.countryCode;
    values[`${name}.caseNumber`] = item.caseNumber ?? "";
    values[`${name}.stage`] = item.stage;
    values[`${name}.detainedOn`] = day(item.detainedOn);
    values[`${name}.indictedOn`] = day(item.indictedOn);
    values[`${name}.trialStartedOn`] = day(item.trialStartedOn);
    values[`${name}.verdictOn`] = day(item.verdictOn);
    values[`${name}.appealDecidedOn`] = day(item.appealDecidedOn);
    values[`${name}.sentenceKind`] = item.sentenceKind ?? "";
    values[`${name}.sentenceMonths`] = item.sentenceMonths?.toString() ?? "";
    values[`${name}.regime`] = item.regime ?? "";
    values[`${name}.expectedReleaseOn`] = day(item.expectedReleaseOn);
    for (const field of [
      "title",
      "court",
      "courtCity",
      "appealOutcome",
      "sentenceNote",
      "notes",
    ] as const) {
      putLocalized(values, `${name}.${field}`, item[field]);
    }
    values[`${name}.sourceIds`] = item.citations.map((citation) => citation.sourceId);
    item.charges.forEach((charge, chargeIndex) => {
      values[`${name}.charges.${chargeIndex}.id`] = charge.id;
      values[`${name}.charges.${chargeIndex}.articleId`] = charge.articleId;
      putLocalized(values, `${name}.charges.${chargeIndex}.note`, charge.note);
    });
  });
  return values;
}

export function detentionsValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {
    lettersArrive: prisoner.lettersArrive,
    lettersCheckedOn: day(prisoner.lettersCheckedOn),
  };
  prisoner.detentions.forEach((item, index) => {
    const name = `detentions.${index}`;
    values[`${name}.id`] = item.id;
    values[`${name}.facilityId`] = item.facilityId;
    values[`${name}.startedOn`] = partial(item.startedOn, item.startedOnPrecision);
    values[`${name}.endedOn`] = partial(item.endedOn, item.endedOnPrecision);
    if (item.addressPublic) values[`${name}.addressPublic`] = "on";
    putLocalized(values, `${name}.note`, item.note);
    putCitations(values, `${name}.citations`, item.citations);
  });
  return values;
}

export function profileCitationsValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {};
  // "country" is an older name of the fact the editor calls "countryCode" (see PROFILE_FACT_FIELDS).
  putCitations(
    values,
    "citations",
    prisoner.citations.map((citation) =>
      citation.field === "country" ? { ...citation, field: "countryCode" } : citation,
    ),
  );
  return values;
}

export function timelineValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {};
  prisoner.events.forEach(({ event }, index) => {
    const name = `events.${index}`;
    values[`${name}.id`] = event.id;
    values[`${name}.date`] = partial(event.date, event.datePrecision);
    values[`${name}.type`] = event.type;
    values[`${name}.state`] = event.state;
    values[`${name}.caseId`] = event.caseId ?? "";
    putLocalized(values, `${name}.title`, event.title);
    putLocalized(values, `${name}.text`, event.text);
    putCitations(values, `${name}.citations`, event.citations);
  });
  return values;
}

export function politicalValues(prisoner: PrisonerForEditing): FormValues {
  const values: FormValues = {};
  for (const criterion of PACE_CRITERIA) {
    const assessment = prisoner.criterionAssessments.find((item) => item.criterion === criterion);
    if (!assessment) continue;
    values[`assessments.${criterion}.met`] = "on";
    putLocalized(values, `assessments.${criterion}.reasoning`, assessment.reasoning);
    values[`assessments.${criterion}.sourceIds`] = assessment.citations.map((c) => c.sourceId);
  }
  prisoner.recognitions.forEach((item, index) => {
    const name = `recognitions.${index}`;
    values[`${name}.id`] = item.id;
    values[`${name}.organisationId`] = item.organisationId;
    values[`${name}.kind`] = item.kind;
    values[`${name}.recognisedOn`] = day(item.recognisedOn);
    values[`${name}.url`] = item.url ?? "";
    putLocalized(values, `${name}.note`, item.note);
    values[`${name}.sourceIds`] = item.citations.map((citation) => citation.sourceId);
  });
  return values;
}
