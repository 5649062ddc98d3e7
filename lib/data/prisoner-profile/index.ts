/**
 * The public prisoner profile, read in two steps:
 *
 * 1. A **record**: everything the profile shows, in every locale, with the redacted fields
 *    already removed, as plain JSON. It is cached once per prisoner (not per locale), so both
 *    locales share one database read and one cache entry, and an edit invalidates one entry.
 *    Keyed by id and tagged `prisoner:<id>`, plus the coarse tags of what it embeds (letters
 *    and their signature counts, publications, countries, reference data such as facilities
 *    and criminal-code articles). The slug → id step is cached under the `prisoners` tag, which
 *    writes that publish, unpublish or rename a profile invalidate.
 * 2. The **DTO** for one locale, made from the record on every render (cheap, no I/O): localised
 *    text resolved with the English fallback, and sources numbered as footnotes.
 *
 * Privacy rules (see lib/data/README.md): only PUBLISHED profiles, events and publications and
 * non-DRAFT letters; explicit `select`s (PrisonerInternal is never selected); every field named in
 * `Prisoner.redactedFields` is left out of the record, so it cannot reach the HTML, the JSON-LD,
 * the share image or the cache. Besides the model's own field names, "nameVariants",
 * "detentions" and "facilityAddress" are honoured, and relation names ("cases", "events",
 * "criterionAssessments", "recognitions", "letters", "publications") hide a section, and
 * "citations" hides the sources cited for the profile itself.
 *
 * One job per file: `select.ts` (what is read), `record.ts` (the row → the record, redactions),
 * `dto.ts` (the record → one locale's DTO), `citations.ts` (footnote numbering), `read.ts` (the
 * cached public read and the preview's uncached one); the shapes in `record-types.ts` and
 * `dto-types.ts`.
 */
import "server-only";

export { getPublishedPrisonerProfile, readPrisonerProfileRecordForPreview } from "./read";
export { toPrisonerProfileDto } from "./dto";
export { createCitationNumbering } from "./citations";
export type { PrisonerProfileRecord } from "./record-types";
export type {
  CitationRefDto,
  NameVariantDto,
  PrisonerProfileDto,
  ProfileCaseDto,
  ProfileDetentionDto,
  ProfileEventDto,
  ProfileSentenceDto,
  ProfileTransferDto,
  SourceDto,
} from "./dto-types";
