/**
 * Demo content: the people, letters and publications in prisma/demo/, written from the Open
 * Dialogue Foundation's article teasers. `seedDemoContent` is idempotent: rows are upserted on
 * natural keys (slugs, codes) or on stable ids chosen here ("seed-event-…", "seed-source-…"), and
 * the child rows of each upserted row are deleted and recreated. Running it twice leaves the same
 * database. Everything runs in one transaction, so a failure leaves the database as it was.
 *
 * Run it with `npm run db:seed` (scripts/seed.ts).
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { DatePrecision, LetterState, PublicationState } from "@/lib/generated/prisma/enums";
import {
  localizedRichTextSchema,
  localizedTextSchema,
  type LocalizedRichText,
  type LocalizedText,
} from "@/lib/content-model/localized";
import { richTextFromPlainText } from "@/lib/content-model/rich-text";
import { criminalCodeArticles } from "./demo/articles";
import { countries } from "./demo/countries";
import { events } from "./demo/events";
import { letters } from "./demo/letters";
import { prisoners } from "./demo/prisoners";
import { publications } from "./demo/publications";
import { allSources } from "./demo/sources";
import { affiliations, organisations, tags } from "./demo/taxonomy";
import type {
  ArticleKey,
  BilingualText,
  DemoDetention,
  DemoEvent,
  DemoLetter,
  DemoPrisoner,
  DemoPublication,
  IsoDate,
} from "./demo/types";

type Tx = Prisma.TransactionClient;

export interface DemoContentSummary {
  prisoners: number;
  publications: number;
  letters: number;
  events: number;
}

// ── Value conversions ──────────────────────────────────────────────────────────────────────────

/** A calendar date for a @db.Date column (UTC midnight, so the stored date is the one written). */
function day(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Validates demo text with the same schema the application uses for editors' input. */
function text(value: BilingualText): Prisma.InputJsonObject {
  return localizedTextSchema.parse(value) satisfies LocalizedText;
}

function optionalText(
  value: BilingualText | undefined,
): Prisma.InputJsonObject | typeof Prisma.DbNull {
  return value ? text(value) : Prisma.DbNull;
}

function richText(value: BilingualText): Prisma.InputJsonValue {
  const localized: LocalizedRichText = localizedRichTextSchema.parse({
    en: richTextFromPlainText(value.en),
    ru: richTextFromPlainText(value.ru),
  });
  // RichTextDoc is a closed interface type; Prisma's JSON input type wants an index signature.
  return localized as Prisma.InputJsonValue;
}

function stableId(...parts: string[]): string {
  return ["seed", ...parts].join("-");
}

// ── Reference data ─────────────────────────────────────────────────────────────────────────────

async function upsertReferenceData(tx: Tx): Promise<void> {
  for (const country of countries) {
    const data = {
      name: text(country.name),
      slug: country.slug,
      letterRules: optionalText(country.letterRules),
    };
    await tx.country.upsert({
      where: { code: country.code },
      create: { code: country.code, ...data },
      update: data,
    });
  }
  for (const tag of tags) {
    const data = { name: text(tag.name) };
    await tx.tag.upsert({
      where: { slug: tag.slug },
      create: { slug: tag.slug, ...data },
      update: data,
    });
  }
  for (const affiliation of affiliations) {
    const data = {
      name: text(affiliation.name),
      description: optionalText(affiliation.description),
      countryCode: affiliation.countryCode ?? null,
    };
    await tx.affiliation.upsert({
      where: { slug: affiliation.slug },
      create: { slug: affiliation.slug, ...data },
      update: data,
    });
  }
  for (const organisation of organisations) {
    const data = { name: text(organisation.name), kind: organisation.kind };
    await tx.organisation.upsert({
      where: { slug: organisation.slug },
      create: { slug: organisation.slug, ...data },
      update: data,
    });
  }
  for (const article of criminalCodeArticles) {
    const key = articleWhere(article);
    const data = { codeName: text(article.codeName), title: text(article.title) };
    await tx.criminalCodeArticle.upsert({
      where: key,
      create: { ...key.countryCode_code_article_part, ...data },
      update: data,
    });
  }
  for (const source of allSources) {
    const data = {
      title: source.title,
      publisher: source.publisher,
      confidence: source.confidence,
      language: source.language,
    };
    await tx.source.upsert({
      where: { id: source.id },
      create: { id: source.id, ...data },
      update: data,
    });
  }
}

function articleWhere(article: ArticleKey) {
  return {
    countryCode_code_article_part: {
      countryCode: article.countryCode,
      code: article.code,
      article: article.article,
      part: article.part ?? "",
    },
  } satisfies Prisma.CriminalCodeArticleWhereUniqueInput;
}

function requireAll(
  ids: Map<string, string>,
  slugs: string[],
  what: string,
  referrer: string,
): string[] {
  return slugs.map((slug) => {
    const id = ids.get(slug);
    if (!id) throw new Error(`"${referrer}" refers to an unknown ${what} "${slug}".`);
    return id;
  });
}

async function idsBySlug(
  rows: Promise<{ id: string; slug: string }[]>,
): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.slug, row.id]));
}

// ── Prisoners ──────────────────────────────────────────────────────────────────────────────────

async function upsertPrisoner(tx: Tx, prisoner: DemoPrisoner): Promise<string> {
  const data = {
    name: text(prisoner.name),
    sortName: prisoner.sortName,
    gender: prisoner.gender ?? null,
    citizenships: prisoner.citizenships,
    countryCode: prisoner.countryCode,
    region: optionalText(prisoner.region),
    roles: prisoner.roles,
    occupation: optionalText(prisoner.occupation),
    status: prisoner.status,
    statusSince: prisoner.statusSince ? day(prisoner.statusSince.date) : null,
    statusSincePrecision: prisoner.statusSince?.precision ?? DatePrecision.DAY,
    summary: text(prisoner.summary),
    biography: richText(prisoner.biography),
    state: PublicationState.PUBLISHED,
    redactedFields: [],
  } satisfies Prisma.PrisonerUncheckedUpdateInput;
  const { id: prisonerId } = await tx.prisoner.upsert({
    where: { slug: prisoner.slug },
    create: { slug: prisoner.slug, ...data, publishedAt: new Date() },
    update: data,
    select: { id: true },
  });

  // Child rows are replaced wholesale; citations of replaced rows go with them (ON DELETE CASCADE).
  await tx.citation.deleteMany({ where: { prisonerId } });
  await tx.nameVariant.deleteMany({ where: { prisonerId } });
  await tx.prisonerStatusChange.deleteMany({ where: { prisonerId } });
  await tx.case.deleteMany({ where: { prisonerId } });
  await tx.criterionAssessment.deleteMany({ where: { prisonerId } });
  await tx.recognition.deleteMany({ where: { prisonerId } });
  await tx.prisonerTag.deleteMany({ where: { prisonerId } });
  await tx.prisonerAffiliation.deleteMany({ where: { prisonerId } });
  await tx.detention.deleteMany({ where: { prisonerId } });

  const citations: Prisma.CitationCreateManyInput[] = prisoner.citations.map(
    (citation, position) => ({
      sourceId: citation.sourceId,
      prisonerId,
      field: citation.field ?? null,
      position,
    }),
  );
  const cite = (sourceIds: string[], target: Partial<Prisma.CitationCreateManyInput>) =>
    sourceIds.forEach((sourceId, position) => citations.push({ sourceId, position, ...target }));

  await tx.nameVariant.createMany({
    data: prisoner.nameVariants.map((variant) => ({
      prisonerId,
      value: variant.value,
      script: variant.script,
      lang: variant.lang ?? null,
      kind: variant.kind,
    })),
  });

  for (const change of prisoner.statusChanges) {
    const id = stableId(prisoner.slug, "status", change.key);
    await tx.prisonerStatusChange.create({
      data: {
        id,
        prisonerId,
        status: change.status,
        effectiveOn: day(change.effectiveOn.date),
        effectiveOnPrecision: change.effectiveOn.precision,
        note: text(change.note),
      },
    });
    cite(change.sourceIds, { statusChangeId: id });
  }

  for (const demoCase of prisoner.cases) {
    const id = stableId(prisoner.slug, "case", demoCase.key);
    const articleIds = await Promise.all(
      demoCase.charges.map(async (charge) => {
        const article = await tx.criminalCodeArticle.findUniqueOrThrow({
          where: articleWhere(charge.article),
          select: { id: true },
        });
        return article.id;
      }),
    );
    await tx.case.create({
      data: {
        id,
        prisonerId,
        countryCode: demoCase.countryCode,
        title: optionalText(demoCase.title),
        stage: demoCase.stage,
        sentenceKind: demoCase.sentenceKind ?? null,
        sentenceNote: optionalText(demoCase.sentenceNote),
        notes: optionalText(demoCase.notes),
        charges: {
          create: demoCase.charges.map((charge, index) => ({
            articleId: articleIds[index]!,
            note: optionalText(charge.note),
          })),
        },
      },
    });
    cite(demoCase.sourceIds, { caseId: id });
  }

  for (const assessment of prisoner.criterionAssessments) {
    const id = stableId(prisoner.slug, "criterion", assessment.criterion.toLowerCase());
    await tx.criterionAssessment.create({
      data: {
        id,
        prisonerId,
        criterion: assessment.criterion,
        reasoning: text(assessment.reasoning),
      },
    });
    cite(assessment.sourceIds, { criterionAssessmentId: id });
  }

  for (const [index, recognition] of prisoner.recognitions.entries()) {
    const id = stableId(prisoner.slug, "recognition", String(index + 1));
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { slug: recognition.organisationSlug },
      select: { id: true },
    });
    await tx.recognition.create({
      data: {
        id,
        prisonerId,
        organisationId: organisation.id,
        kind: recognition.kind,
        note: optionalText(recognition.note),
      },
    });
    cite(recognition.sourceIds, { recognitionId: id });
  }

  const tagIds = await idsBySlug(tx.tag.findMany({ select: { id: true, slug: true } }));
  await tx.prisonerTag.createMany({
    data: requireAll(tagIds, prisoner.tagSlugs, "tag", prisoner.slug).map((tagId) => ({
      prisonerId,
      tagId,
    })),
  });
  const affiliationIds = await idsBySlug(
    tx.affiliation.findMany({ select: { id: true, slug: true } }),
  );
  await tx.prisonerAffiliation.createMany({
    data: requireAll(affiliationIds, prisoner.affiliationSlugs, "affiliation", prisoner.slug).map(
      (affiliationId) => ({ prisonerId, affiliationId }),
    ),
  });

  for (const detention of prisoner.detentions ?? []) {
    await createDetention(tx, prisoner.slug, prisonerId, detention);
  }

  await tx.citation.createMany({ data: citations });
  return prisonerId;
}

/** A place of detention: its facility upserted by slug, the detention under a stable id. */
async function createDetention(
  tx: Tx,
  prisonerSlug: string,
  prisonerId: string,
  detention: DemoDetention,
): Promise<void> {
  const { facility } = detention;
  const facilityData = {
    name: text(facility.name),
    kind: facility.kind,
    countryCode: facility.countryCode,
    region: optionalText(facility.region),
    postalAddress: facility.postalAddress ?? null,
    lettersArrive: facility.lettersArrive ?? "UNKNOWN",
    lettersCheckedOn: facility.lettersCheckedOn ? day(facility.lettersCheckedOn) : null,
  };
  const { id: facilityId } = await tx.facility.upsert({
    where: { slug: facility.slug },
    create: { slug: facility.slug, ...facilityData },
    update: facilityData,
    select: { id: true },
  });
  await tx.detention.create({
    data: {
      id: stableId(prisonerSlug, "detention", detention.key),
      prisonerId,
      facilityId,
      startedOn: detention.startedOn ? day(detention.startedOn.date) : null,
      startedOnPrecision: detention.startedOn?.precision ?? DatePrecision.DAY,
      endedOn: detention.endedOn ? day(detention.endedOn.date) : null,
      endedOnPrecision: detention.endedOn?.precision ?? DatePrecision.DAY,
      note: text(detention.note),
      addressPublic: detention.addressPublic ?? false,
    },
  });
}

// ── Events ─────────────────────────────────────────────────────────────────────────────────────

async function upsertEvent(
  tx: Tx,
  event: DemoEvent,
  prisonerIds: Map<string, string>,
): Promise<void> {
  const linkedPrisonerIds = requireAll(prisonerIds, event.prisonerSlugs, "prisoner", event.id);
  const caseOwner = event.prisonerSlugs[0];
  const data = {
    date: day(event.date.date),
    datePrecision: event.date.precision,
    type: event.type,
    title: text(event.title),
    text: text(event.text),
    countryCode: event.countryCode ?? null,
    caseId: event.caseKey && caseOwner ? stableId(caseOwner, "case", event.caseKey) : null,
    state: PublicationState.PUBLISHED,
  } satisfies Prisma.EventUncheckedUpdateInput;
  await tx.event.upsert({
    where: { id: event.id },
    create: { id: event.id, ...data, publishedAt: new Date() },
    update: data,
  });

  await tx.eventPrisoner.deleteMany({ where: { eventId: event.id } });
  await tx.eventPrisoner.createMany({
    data: linkedPrisonerIds.map((prisonerId) => ({ eventId: event.id, prisonerId })),
  });
  await tx.citation.deleteMany({ where: { eventId: event.id } });
  await tx.citation.createMany({
    data: event.sourceIds.map((sourceId, position) => ({ sourceId, eventId: event.id, position })),
  });
}

// ── Letters ────────────────────────────────────────────────────────────────────────────────────

async function upsertLetter(
  tx: Tx,
  letter: DemoLetter,
  prisonerIds: Map<string, string>,
): Promise<void> {
  const data = {
    kind: letter.kind,
    title: text(letter.title),
    summary: text(letter.summary),
    addresseeName: text(letter.addresseeName),
    addresseeOffice: optionalText(letter.addresseeOffice),
    sentOn: letter.sentOn ? day(letter.sentOn) : null,
    goal: letter.goal ?? null,
    state: letter.state,
  } satisfies Prisma.LetterUncheckedUpdateInput;
  const isPublic = letter.state !== LetterState.DRAFT;
  const { id: letterId } = await tx.letter.upsert({
    where: { slug: letter.slug },
    create: { slug: letter.slug, ...data, publishedAt: isPublic ? new Date() : null },
    update: data,
    select: { id: true },
  });

  // The demo letters have one version each; re-seeding rewrites it in place.
  const versionData = { title: text(letter.title), body: richText(letter.body) };
  const version = await tx.letterVersion.upsert({
    where: { letterId_number: { letterId, number: 1 } },
    create: { letterId, number: 1, ...versionData },
    update: versionData,
    select: { id: true },
  });
  await tx.letter.update({ where: { id: letterId }, data: { currentVersionId: version.id } });

  await tx.notableSignatory.deleteMany({ where: { letterId } });
  await tx.notableSignatory.createMany({
    data: letter.signatories.map((signatory, position) => ({
      letterId,
      name: signatory.name,
      office: text(signatory.office),
      countryCode: signatory.countryCode ?? null,
      position,
      // The demo names are printed on the published letters: verified, so they are public.
      verifiedAt: new Date(),
      verificationNote: "Named on the published letter.",
    })),
  });

  await tx.letterPrisoner.deleteMany({ where: { letterId } });
  await tx.letterPrisoner.createMany({
    data: requireAll(prisonerIds, letter.prisonerSlugs, "prisoner", letter.slug).map(
      (prisonerId) => ({
        letterId,
        prisonerId,
      }),
    ),
  });
  await tx.letterCountry.deleteMany({ where: { letterId } });
  await tx.letterCountry.createMany({
    data: letter.countryCodes.map((countryCode) => ({ letterId, countryCode })),
  });
}

// ── Publications ───────────────────────────────────────────────────────────────────────────────

async function upsertPublication(
  tx: Tx,
  publication: DemoPublication,
  prisonerIds: Map<string, string>,
): Promise<void> {
  const data = {
    type: publication.type,
    title: text(publication.title),
    summary: text(publication.summary),
    // No body rather than the summary again: the page shows the summary as its lead already.
    body: publication.body ? richText(publication.body) : {},
    publishedOn: publication.publishedOn ? day(publication.publishedOn) : null,
    state: PublicationState.PUBLISHED,
  } satisfies Prisma.PublicationUncheckedUpdateInput;
  const { id: publicationId } = await tx.publication.upsert({
    where: { slug: publication.slug },
    create: { slug: publication.slug, ...data, publishedAt: new Date() },
    update: data,
    select: { id: true },
  });

  await tx.publicationPrisoner.deleteMany({ where: { publicationId } });
  await tx.publicationPrisoner.createMany({
    data: requireAll(prisonerIds, publication.prisonerSlugs, "prisoner", publication.slug).map(
      (prisonerId) => ({
        publicationId,
        prisonerId,
      }),
    ),
  });
  await tx.publicationCountry.deleteMany({ where: { publicationId } });
  await tx.publicationCountry.createMany({
    data: publication.countryCodes.map((countryCode) => ({ publicationId, countryCode })),
  });
}

// ── Entry point ────────────────────────────────────────────────────────────────────────────────

export async function seedDemoContent(prisma: PrismaClient): Promise<DemoContentSummary> {
  await prisma.$transaction(
    async (tx) => {
      await upsertReferenceData(tx);
      const prisonerIds = new Map<string, string>();
      for (const prisoner of prisoners)
        prisonerIds.set(prisoner.slug, await upsertPrisoner(tx, prisoner));
      for (const event of events) await upsertEvent(tx, event, prisonerIds);
      for (const letter of letters) await upsertLetter(tx, letter, prisonerIds);
      for (const publication of publications) await upsertPublication(tx, publication, prisonerIds);
    },
    // Several hundred statements, one round trip each: well above the 5-second default.
    { timeout: 120_000, maxWait: 10_000 },
  );
  return {
    prisoners: prisoners.length,
    publications: publications.length,
    letters: letters.length,
    events: events.length,
  };
}
