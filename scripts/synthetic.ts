/**
 * Fills the database at DATABASE_URL with synthetic prisoners for load and speed tests:
 *
 *   npm run db:synthetic -- 100000            add 100,000 synthetic prisoners
 *   npm run db:synthetic -- 100000 --clear    remove earlier synthetic rows first
 *   npm run db:synthetic -- --clear           only remove them
 *
 * Every synthetic row is recognisable: prisoner and facility slugs start with "synthetic-" and
 * every generated id starts with "synth". Each prisoner gets Cyrillic and Latin name spellings,
 * a status, 1–2 cases with charges, 1–5 timeline events and, when detained, a place of detention.
 *
 * Speed: rows are generated in memory in batches of 2,000 prisoners, with ids chosen here, and
 * written with one multi-row INSERT per table inside one transaction per batch (see insertRows);
 * the next batch is generated while the previous one is being written. Output is reproducible: faker is seeded with
 * a fixed seed plus the number of synthetic prisoners already present.
 *
 * Benchmarks import `generateSyntheticPrisoners` and `clearSyntheticPrisoners` (bench/search.ts);
 * the command line above runs only when this file is the program.
 */
import { pathToFileURL } from "node:url";
import { fakerRU, fakerUK, type Faker } from "@faker-js/faker";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import {
  CaseStage,
  EventType,
  FacilityKind,
  Gender,
  NameScript,
  NameVariantKind,
  PenalRegime,
  PrisonerRole,
  PrisonerStatus,
  PublicationState,
  SentenceKind,
} from "@/lib/generated/prisma/enums";
import { requireDatabaseUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/postgres/client";
import { countries } from "@/prisma/demo/countries";
import { tags } from "@/prisma/demo/taxonomy";

const BATCH_SIZE = 2_000;
const BASE_SEED = 20_261_127;
const SLUG_PREFIX = "synthetic-";
const ID_PREFIX = "synth";
const FACILITIES_PER_COUNTRY = 20;
const LATEST_DATE = Date.UTC(2026, 10, 26);
const EARLIEST_ARREST = Date.UTC(2012, 0, 1);
const DAY_MS = 86_400_000;

// ── Command line ───────────────────────────────────────────────────────────────────────────────

function parseArguments(argv: string[]): { count: number; clear: boolean } {
  const clear = argv.includes("--clear");
  const numbers = argv.filter((argument) => !argument.startsWith("--"));
  if (numbers.length > 1) throw new Error("Give one number: how many synthetic prisoners to add.");
  const count = numbers[0] === undefined ? 0 : Number(numbers[0].replaceAll("_", ""));
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(
      `"${numbers[0]}" is not a number of prisoners. Example: npm run db:synthetic -- 100000`,
    );
  }
  if (count === 0 && !clear)
    throw new Error("Nothing to do. Example: npm run db:synthetic -- 100000 [--clear]");
  return { count, clear };
}

// ── Transliteration ────────────────────────────────────────────────────────────────────────────

// Written here rather than taken from a package: three small fixed tables, and the synthetic data
// needs exactly these spellings (a readable one for display and the passport one as a variant).

/** Parses "а=a б=b ъ=" into a lookup table (an empty right-hand side drops the letter). */
function letterTable(pairs: string): Record<string, string> {
  return Object.fromEntries(pairs.split(" ").map((pair) => pair.split("=") as [string, string]));
}

const COMMON =
  "а=a б=b в=v д=d е=e ж=zh з=z к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh " +
  "щ=shch ъ= ь= '= ’=";
/** Russian, BGN/PCGN-like: the spelling English-language media use. */
const RUSSIAN_DISPLAY = letterTable(`${COMMON} г=g ё=yo и=i й=y ы=y э=e ю=yu я=ya`);
/** Russian, as in passports (ICAO Doc 9303). */
const RUSSIAN_PASSPORT = letterTable(`${COMMON} г=g ё=e и=i й=i ы=y ъ=ie э=e ю=iu я=ia`);
/** Ukrainian, the official 2010 national system (word-initial forms simplified). */
const UKRAINIAN = letterTable(`${COMMON} г=h ґ=g є=ie и=y і=i ї=i й=i ю=iu я=ia`);

function transliterate(text: string, table: Record<string, string>): string {
  let result = "";
  for (const character of text) {
    const lower = character.toLowerCase();
    const latin = table[lower] ?? character;
    result +=
      character !== lower && latin.length > 0 ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return result;
}

function slugify(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// ── Reference data ─────────────────────────────────────────────────────────────────────────────

type Bilingual = { en: string; ru: string };

interface ArticleSpec {
  countryCode: "KZ" | "RU" | "BY";
  article: string;
  title: Bilingual;
}

const CODE_NAMES: Record<ArticleSpec["countryCode"], Bilingual> = {
  KZ: {
    en: "Criminal Code of the Republic of Kazakhstan",
    ru: "Уголовный кодекс Республики Казахстан",
  },
  RU: {
    en: "Criminal Code of the Russian Federation",
    ru: "Уголовный кодекс Российской Федерации",
  },
  BY: {
    en: "Criminal Code of the Republic of Belarus",
    ru: "Уголовный кодекс Республики Беларусь",
  },
};

/** Real articles commonly used in political cases; reference data, so --clear keeps those in use. */
const ARTICLES: ArticleSpec[] = [
  {
    countryCode: "KZ",
    article: "174",
    title: {
      en: "Inciting social, national, clan, racial, class or religious discord",
      ru: "Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни",
    },
  },
  {
    countryCode: "KZ",
    article: "274",
    title: {
      en: "Spreading knowingly false information",
      ru: "Распространение заведомо ложной информации",
    },
  },
  {
    countryCode: "KZ",
    article: "405",
    title: {
      en: "Organising or taking part in the activities of an association banned by a court for extremism or terrorism",
      ru: "Организация и участие в деятельности общественного или религиозного объединения или иной организации после решения суда о запрещении их деятельности или ликвидации в связи с осуществлением ими экстремизма или терроризма",
    },
  },
  {
    countryCode: "RU",
    article: "205.2",
    title: {
      en: "Public calls for terrorist activity, public justification or propaganda of terrorism",
      ru: "Публичные призывы к осуществлению террористической деятельности, публичное оправдание терроризма или пропаганда терроризма",
    },
  },
  {
    countryCode: "RU",
    article: "207.3",
    title: {
      en: "Public dissemination of knowingly false information about the use of the Armed Forces",
      ru: "Публичное распространение заведомо ложной информации об использовании Вооружённых Сил Российской Федерации",
    },
  },
  {
    countryCode: "RU",
    article: "275",
    title: { en: "High treason", ru: "Государственная измена" },
  },
  {
    countryCode: "RU",
    article: "280.3",
    title: {
      en: "Public actions aimed at discrediting the use of the Armed Forces",
      ru: "Публичные действия, направленные на дискредитацию использования Вооружённых Сил Российской Федерации",
    },
  },
  {
    countryCode: "RU",
    article: "282.2",
    title: {
      en: "Organising the activities of an extremist organisation",
      ru: "Организация деятельности экстремистской организации",
    },
  },
  {
    countryCode: "BY",
    article: "130",
    title: {
      en: "Inciting racial, national, religious or other social hostility or discord",
      ru: "Разжигание расовой, национальной, религиозной либо иной социальной вражды или розни",
    },
  },
  {
    countryCode: "BY",
    article: "342",
    title: {
      en: "Organising, preparing or actively taking part in actions grossly violating public order",
      ru: "Организация и подготовка действий, грубо нарушающих общественный порядок, либо активное участие в них",
    },
  },
  {
    countryCode: "BY",
    article: "361-1",
    title: {
      en: "Creating or taking part in an extremist formation",
      ru: "Создание экстремистского формирования либо участие в нём",
    },
  },
];

interface ReferenceIds {
  /** Article ids by prosecuting country. */
  articles: Record<ArticleSpec["countryCode"], string[]>;
  /** Synthetic facility ids by country. */
  facilities: Record<ArticleSpec["countryCode"], string[]>;
  tags: string[];
}

async function ensureReferenceData(prisma: PrismaClient, faker: Faker): Promise<ReferenceIds> {
  for (const country of countries) {
    await prisma.country.upsert({
      where: { code: country.code },
      create: { code: country.code, slug: country.slug, name: country.name },
      update: {},
    });
  }
  for (const tag of tags) {
    await prisma.tag.upsert({
      where: { slug: tag.slug },
      create: { slug: tag.slug, name: tag.name },
      update: {},
    });
  }

  const articles: ReferenceIds["articles"] = { KZ: [], RU: [], BY: [] };
  for (const spec of ARTICLES) {
    const code = CODE_NAMES[spec.countryCode];
    const row = await prisma.criminalCodeArticle.upsert({
      where: {
        countryCode_code_article_part: {
          countryCode: spec.countryCode,
          code: code.en,
          article: spec.article,
          part: "",
        },
      },
      create: {
        countryCode: spec.countryCode,
        code: code.en,
        codeName: code,
        article: spec.article,
        title: spec.title,
      },
      update: {},
      select: { id: true },
    });
    articles[spec.countryCode].push(row.id);
  }

  const facilities: ReferenceIds["facilities"] = { KZ: [], RU: [], BY: [] };
  const kinds = [
    {
      kind: FacilityKind.PENAL_COLONY,
      name: { en: "Synthetic penal colony No. %", ru: "Синтетическая исправительная колония № %" },
    },
    {
      kind: FacilityKind.PRETRIAL_DETENTION_CENTRE,
      name: {
        en: "Synthetic pre-trial detention centre No. %",
        ru: "Синтетический следственный изолятор № %",
      },
    },
    {
      kind: FacilityKind.PRISON,
      name: { en: "Synthetic prison No. %", ru: "Синтетическая тюрьма № %" },
    },
  ];
  for (const countryCode of ["KZ", "RU", "BY"] as const) {
    for (let number = 1; number <= FACILITIES_PER_COUNTRY; number++) {
      const { kind, name } = kinds[number % kinds.length]!;
      const slug = `${SLUG_PREFIX}facility-${countryCode.toLowerCase()}-${number}`;
      const row = await prisma.facility.upsert({
        where: { slug },
        create: {
          id: `${ID_PREFIX}-facility-${countryCode.toLowerCase()}-${number}`,
          slug,
          kind,
          countryCode,
          name: {
            en: name.en.replace("%", String(number)),
            ru: name.ru.replace("%", String(number)),
          },
          postalAddress: `${faker.location.zipCode()}, ${faker.location.city()}, ${faker.location.streetAddress()}`,
        },
        update: {},
        select: { id: true },
      });
      facilities[countryCode].push(row.id);
    }
  }

  const tagRows = await prisma.tag.findMany({
    where: { slug: { in: tags.map((tag) => tag.slug) } },
    select: { id: true },
  });
  return { articles, facilities, tags: tagRows.map((row) => row.id) };
}

// ── Generation ─────────────────────────────────────────────────────────────────────────────────

interface Batch {
  prisoners: Prisma.PrisonerCreateManyInput[];
  nameVariants: Prisma.NameVariantCreateManyInput[];
  statusChanges: Prisma.PrisonerStatusChangeCreateManyInput[];
  cases: Prisma.CaseCreateManyInput[];
  charges: Prisma.ChargeCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  eventPrisoners: Prisma.EventPrisonerCreateManyInput[];
  detentions: Prisma.DetentionCreateManyInput[];
  prisonerTags: Prisma.PrisonerTagCreateManyInput[];
}

const BACKGROUNDS = [
  { weight: 45, value: "RU" as const },
  { weight: 25, value: "KZ" as const },
  { weight: 20, value: "BY" as const },
  { weight: 10, value: "CRIMEA" as const },
];

const STATUSES = [
  { weight: 40, value: PrisonerStatus.IMPRISONED },
  { weight: 14, value: PrisonerStatus.PRETRIAL_DETENTION },
  { weight: 4, value: PrisonerStatus.HOUSE_ARREST },
  { weight: 9, value: PrisonerStatus.UNDER_INVESTIGATION },
  { weight: 7, value: PrisonerStatus.NON_CUSTODIAL_SENTENCE },
  { weight: 12, value: PrisonerStatus.RELEASED },
  { weight: 4, value: PrisonerStatus.RELEASED_ON_PAROLE },
  { weight: 4, value: PrisonerStatus.IN_EXILE },
  { weight: 3, value: PrisonerStatus.FACING_EXTRADITION },
  { weight: 3, value: PrisonerStatus.DECEASED },
];

const DETAINED: ReadonlySet<PrisonerStatus> = new Set([
  PrisonerStatus.IMPRISONED,
  PrisonerStatus.PRETRIAL_DETENTION,
  PrisonerStatus.HOUSE_ARREST,
]);

const ROLES = Object.values(PrisonerRole).filter((role) => role !== PrisonerRole.OTHER);

const ROLE_LABELS: Record<PrisonerRole, Bilingual> = {
  JOURNALIST: { en: "journalist", ru: "журналист" },
  ACTIVIST: { en: "activist", ru: "активист" },
  LAWYER: { en: "lawyer", ru: "адвокат" },
  BUSINESSPERSON: { en: "entrepreneur", ru: "предприниматель" },
  FILMMAKER: { en: "film-maker", ru: "режиссёр" },
  HUMAN_RIGHTS_DEFENDER: { en: "human-rights defender", ru: "правозащитник" },
  POLITICIAN: { en: "politician", ru: "политик" },
  BLOGGER: { en: "blogger", ru: "блогер" },
  RELIGIOUS_BELIEVER: { en: "believer", ru: "верующий" },
  OTHER: { en: "citizen", ru: "гражданин" },
};

/** Event texts; `female` picks the Russian past-tense ending. */
const EVENT_TEXTS: Partial<Record<EventType, (female: boolean) => Bilingual>> = {
  CHARGE: () => ({ en: "Formally charged.", ru: "Предъявлено обвинение." }),
  HEARING: () => ({ en: "A court hearing took place.", ru: "Состоялось судебное заседание." }),
  COURT_RULING: () => ({
    en: "The court extended the measure of restraint.",
    ru: "Суд продлил меру пресечения.",
  }),
  VERDICT: () => ({ en: "The verdict was delivered.", ru: "Вынесен приговор." }),
  APPEAL: () => ({ en: "The appeal was rejected.", ru: "Апелляционная жалоба отклонена." }),
  TRANSFER: (female) => ({
    en: "Transferred to another facility.",
    ru: female ? "Переведена в другое учреждение." : "Переведён в другое учреждение.",
  }),
  TORTURE_REPORT: () => ({
    en: "Lawyers reported ill-treatment in custody.",
    ru: "Адвокаты сообщили о жестоком обращении под стражей.",
  }),
  HUNGER_STRIKE: (female) => ({
    en: "Went on hunger strike.",
    ru: female ? "Объявила голодовку." : "Объявил голодовку.",
  }),
  HEALTH: () => ({
    en: "Relatives reported a deterioration in health.",
    ru: "Родственники сообщили об ухудшении здоровья.",
  }),
  STATEMENT: (female) => ({
    en: "Made a statement from custody.",
    ru: female ? "Выступила с заявлением из-под стражи." : "Выступил с заявлением из-под стражи.",
  }),
};
const LATER_EVENT_TYPES = Object.keys(EVENT_TEXTS) as EventType[];

function caseStageFor(status: PrisonerStatus, faker: Faker): CaseStage {
  switch (status) {
    case PrisonerStatus.PRETRIAL_DETENTION:
    case PrisonerStatus.HOUSE_ARREST:
    case PrisonerStatus.UNDER_INVESTIGATION:
      return faker.helpers.arrayElement([CaseStage.INVESTIGATION, CaseStage.TRIAL]);
    case PrisonerStatus.IMPRISONED:
    case PrisonerStatus.NON_CUSTODIAL_SENTENCE:
      return faker.helpers.weightedArrayElement([
        { weight: 4, value: CaseStage.SENTENCED },
        { weight: 1, value: CaseStage.APPEAL },
      ]);
    case PrisonerStatus.RELEASED:
      return faker.helpers.weightedArrayElement([
        { weight: 6, value: CaseStage.SENTENCED },
        { weight: 1, value: CaseStage.ACQUITTED },
        { weight: 2, value: CaseStage.CLOSED },
      ]);
    case PrisonerStatus.IN_EXILE:
    case PrisonerStatus.FACING_EXTRADITION:
      return CaseStage.INVESTIGATION;
    case PrisonerStatus.RELEASED_ON_PAROLE:
    case PrisonerStatus.DECEASED:
      return CaseStage.SENTENCED;
  }
}

class BatchGenerator {
  constructor(
    private readonly faker: Faker,
    private readonly ukrainianFaker: Faker,
    private readonly reference: ReferenceIds,
  ) {}

  /** A cuid-sized random id with the synthetic prefix. */
  private id(): string {
    return ID_PREFIX + this.faker.string.alphanumeric({ length: 20, casing: "lower" });
  }

  /** A random calendar day between two instants, never after LATEST_DATE. */
  private day(from: number, to: number): Date {
    const first = Math.floor(Math.min(from, LATEST_DATE) / DAY_MS);
    const last = Math.max(first, Math.floor(Math.min(to, LATEST_DATE) / DAY_MS));
    return new Date(this.faker.number.int({ min: first, max: last }) * DAY_MS);
  }

  generate(firstNumber: number, size: number): Batch {
    const batch: Batch = {
      prisoners: [],
      nameVariants: [],
      statusChanges: [],
      cases: [],
      charges: [],
      events: [],
      eventPrisoners: [],
      detentions: [],
      prisonerTags: [],
    };
    for (let number = firstNumber; number < firstNumber + size; number++)
      this.addPrisoner(batch, number);
    return batch;
  }

  private addPrisoner(batch: Batch, number: number): void {
    const { faker } = this;
    const background = faker.helpers.weightedArrayElement(BACKGROUNDS);
    const isUkrainian = background === "CRIMEA";
    const names = isUkrainian ? this.ukrainianFaker : faker;
    const countryCode = isUkrainian ? "RU" : background;
    const female = faker.datatype.boolean();
    const sex = female ? "female" : "male";
    const given = names.person.firstName(sex);
    const surname = names.person.lastName(sex);
    const displayTable = isUkrainian ? UKRAINIAN : RUSSIAN_DISPLAY;
    const latinGiven = transliterate(given, displayTable);
    const latinSurname = transliterate(surname, displayTable);
    const cityNative = names.location.city();
    const city = { en: transliterate(cityNative, displayTable), ru: cityNative };

    const id = this.id();
    const status = faker.helpers.weightedArrayElement(STATUSES);
    const atLiberty =
      status === PrisonerStatus.UNDER_INVESTIGATION ||
      status === PrisonerStatus.IN_EXILE ||
      status === PrisonerStatus.FACING_EXTRADITION;
    const arrestedOn =
      atLiberty && faker.datatype.boolean()
        ? null
        : this.day(EARLIEST_ARREST, LATEST_DATE - 30 * DAY_MS);
    const caseStart = arrestedOn ?? this.day(EARLIEST_ARREST, LATEST_DATE - 30 * DAY_MS);
    const statusSince =
      DETAINED.has(status) && arrestedOn ? arrestedOn : this.day(caseStart.getTime(), LATEST_DATE);
    const roles = faker.helpers.arrayElements(ROLES, { min: 1, max: 2 });
    const role = ROLE_LABELS[roles[0]!];
    const birthYear = faker.number.int({ min: 1950, max: 2004 });
    const state = faker.helpers.weightedArrayElement([
      { weight: 90, value: PublicationState.PUBLISHED },
      { weight: 7, value: PublicationState.DRAFT },
      { weight: 3, value: PublicationState.IN_REVIEW },
    ]);
    const arrestYear = caseStart.getUTCFullYear();

    batch.prisoners.push({
      id,
      slug: `${SLUG_PREFIX}${number}-${slugify(`${latinGiven} ${latinSurname}`)}`,
      name: { en: `${latinGiven} ${latinSurname}`, ru: `${given} ${surname}` },
      sortName: `${latinSurname} ${latinGiven}`,
      gender: female ? Gender.FEMALE : Gender.MALE,
      birthYear,
      birthDate: faker.datatype.boolean()
        ? this.day(Date.UTC(birthYear, 0, 1), Date.UTC(birthYear, 11, 31))
        : null,
      citizenships: [isUkrainian ? "UA" : countryCode],
      countryCode,
      region: isUkrainian
        ? { en: "Crimea (occupied)", ru: "Крым (оккупирован)" }
        : { en: city.en, ru: city.ru },
      roles,
      status,
      statusSince,
      arrestedOn,
      summary: {
        en: `Synthetic profile, not a real person: ${role.en} from ${city.en}, prosecuted since ${arrestYear}.`,
        ru: `Синтетический профиль, не реальный человек: ${role.ru} из города ${city.ru}, преследуется с ${arrestYear} года.`,
      },
      state,
      publishedAt: state === PublicationState.PUBLISHED ? statusSince : null,
      redactedFields: faker.datatype.boolean(0.05) ? ["birthDate"] : [],
    });

    batch.nameVariants.push({
      id: this.id(),
      prisonerId: id,
      value: `${given} ${surname}`,
      script: NameScript.CYRILLIC,
      lang: isUkrainian ? "uk" : "ru",
      kind: NameVariantKind.NATIVE,
    });
    if (!isUkrainian) {
      const passport = `${transliterate(given, RUSSIAN_PASSPORT)} ${transliterate(surname, RUSSIAN_PASSPORT)}`;
      if (passport !== `${latinGiven} ${latinSurname}`) {
        batch.nameVariants.push({
          id: this.id(),
          prisonerId: id,
          value: passport,
          script: NameScript.LATIN,
          kind: NameVariantKind.TRANSLITERATION,
        });
      }
    }

    batch.statusChanges.push({ id: this.id(), prisonerId: id, status, effectiveOn: statusSince });

    const articleIds = this.reference.articles[countryCode];
    const caseIds: string[] = [];
    const caseCount = faker.datatype.boolean(0.25) ? 2 : 1;
    for (let index = 0; index < caseCount; index++) {
      // The first case is the current one; a second one is an earlier, finished prosecution.
      const current = index === 0;
      const stage = current
        ? caseStageFor(status, faker)
        : faker.helpers.arrayElement([CaseStage.SENTENCED, CaseStage.CLOSED]);
      const detainedOn = current
        ? arrestedOn
        : this.day(EARLIEST_ARREST - 5 * 365 * DAY_MS, caseStart.getTime() - 365 * DAY_MS);
      const startedOn = detainedOn ?? caseStart;
      const convicted = stage === CaseStage.SENTENCED || stage === CaseStage.APPEAL;
      const custodial = status !== PrisonerStatus.NON_CUSTODIAL_SENTENCE || !current;
      const caseId = this.id();
      caseIds.push(caseId);
      batch.cases.push({
        id: caseId,
        prisonerId: id,
        countryCode,
        caseNumber: String(faker.number.int({ min: 10_000_000, max: 99_999_999 })),
        stage,
        detainedOn,
        indictedOn: this.day(startedOn.getTime(), startedOn.getTime() + 90 * DAY_MS),
        verdictOn: convicted
          ? this.day(startedOn.getTime() + 120 * DAY_MS, startedOn.getTime() + 600 * DAY_MS)
          : null,
        sentenceKind: convicted
          ? custodial
            ? SentenceKind.IMPRISONMENT
            : faker.helpers.arrayElement([
                SentenceKind.RESTRICTION_OF_FREEDOM,
                SentenceKind.SUSPENDED,
                SentenceKind.FINE,
              ])
          : null,
        sentenceMonths: convicted && custodial ? faker.number.int({ min: 12, max: 180 }) : null,
        regime:
          convicted && custodial
            ? faker.helpers.arrayElement([
                PenalRegime.GENERAL,
                PenalRegime.STRICT,
                PenalRegime.SETTLEMENT_COLONY,
              ])
            : null,
      });
      for (const articleId of faker.helpers.arrayElements(articleIds, { min: 1, max: 3 })) {
        batch.charges.push({ id: this.id(), caseId, articleId });
      }
    }

    const eventCount = faker.number.int({ min: 1, max: 5 });
    let eventDate = caseStart;
    for (let index = 0; index < eventCount; index++) {
      const type =
        index === 0 && arrestedOn
          ? EventType.ARREST
          : faker.helpers.arrayElement(LATER_EVENT_TYPES);
      const text =
        type === EventType.ARREST
          ? {
              en: `Arrested in ${city.en}.`,
              ru: `${female ? "Задержана" : "Задержан"} в городе ${city.ru}.`,
            }
          : EVENT_TEXTS[type]!(female);
      const eventId = this.id();
      batch.events.push({
        id: eventId,
        date: eventDate,
        type,
        text,
        countryCode,
        caseId: caseIds[0],
        state: PublicationState.PUBLISHED,
        publishedAt: eventDate,
      });
      batch.eventPrisoners.push({ eventId, prisonerId: id });
      eventDate = this.day(eventDate.getTime() + DAY_MS, eventDate.getTime() + 200 * DAY_MS);
    }

    if (DETAINED.has(status) && arrestedOn) {
      batch.detentions.push({
        id: this.id(),
        prisonerId: id,
        facilityId: faker.helpers.arrayElement(this.reference.facilities[countryCode]),
        startedOn: arrestedOn,
        addressPublic: faker.datatype.boolean(0.7),
      });
    }

    for (const tagId of this.reference.tags) {
      if (faker.datatype.boolean(0.15)) batch.prisonerTags.push({ prisonerId: id, tagId });
    }
  }
}

// ── Writing ────────────────────────────────────────────────────────────────────────────────────

/**
 * SQL types of the columns written, per table. Every value travels as text in one array per
 * column and is cast back here: `INSERT … SELECT FROM unnest($1::text[], $2::text[], …)`.
 *
 * Why not createMany: measured on this stack, createMany spends ~370 ms per 2,000 rows building
 * the query in the client; the unnest form takes ~55 ms for the same rows and sends one
 * parameter per column instead of one per value.
 */
type Columns<Row> = Partial<Record<keyof Row & string, string>>;

const PRISONER_COLUMNS = {
  id: "text",
  slug: "text",
  name: "jsonb",
  sortName: "text",
  gender: '"Gender"',
  birthYear: "int",
  birthDate: "date",
  citizenships: "text[]",
  countryCode: "text",
  region: "jsonb",
  roles: '"PrisonerRole"[]',
  status: '"PrisonerStatus"',
  statusSince: "date",
  arrestedOn: "date",
  summary: "jsonb",
  state: '"PublicationState"',
  publishedAt: "timestamp(3)",
  redactedFields: "text[]",
} satisfies Columns<Prisma.PrisonerCreateManyInput>;
const NAME_VARIANT_COLUMNS = {
  id: "text",
  prisonerId: "text",
  value: "text",
  script: '"NameScript"',
  lang: "text",
  kind: '"NameVariantKind"',
} satisfies Columns<Prisma.NameVariantCreateManyInput>;
const STATUS_CHANGE_COLUMNS = {
  id: "text",
  prisonerId: "text",
  status: '"PrisonerStatus"',
  effectiveOn: "date",
} satisfies Columns<Prisma.PrisonerStatusChangeCreateManyInput>;
const CASE_COLUMNS = {
  id: "text",
  prisonerId: "text",
  countryCode: "text",
  caseNumber: "text",
  stage: '"CaseStage"',
  detainedOn: "date",
  indictedOn: "date",
  verdictOn: "date",
  sentenceKind: '"SentenceKind"',
  sentenceMonths: "int",
  regime: '"PenalRegime"',
} satisfies Columns<Prisma.CaseCreateManyInput>;
const CHARGE_COLUMNS = {
  id: "text",
  caseId: "text",
  articleId: "text",
} satisfies Columns<Prisma.ChargeCreateManyInput>;
const EVENT_COLUMNS = {
  id: "text",
  date: "date",
  type: '"EventType"',
  text: "jsonb",
  countryCode: "text",
  caseId: "text",
  state: '"PublicationState"',
  publishedAt: "timestamp(3)",
} satisfies Columns<Prisma.EventCreateManyInput>;
const EVENT_PRISONER_COLUMNS = {
  eventId: "text",
  prisonerId: "text",
} satisfies Columns<Prisma.EventPrisonerCreateManyInput>;
const DETENTION_COLUMNS = {
  id: "text",
  prisonerId: "text",
  facilityId: "text",
  startedOn: "date",
  addressPublic: "boolean",
} satisfies Columns<Prisma.DetentionCreateManyInput>;
const PRISONER_TAG_COLUMNS = {
  prisonerId: "text",
  tagId: "text",
} satisfies Columns<Prisma.PrisonerTagCreateManyInput>;

/** The text form of a value, as PostgreSQL parses it back with the column's cast. */
function asText(value: unknown, sqlType: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return sqlType === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  // Array elements here are codes and enum names: no quoting needed inside the array literal.
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

async function insertRows<Row extends object>(
  tx: Prisma.TransactionClient,
  table: string,
  columns: Columns<Row>,
  rows: Row[],
  options: { updatedAt?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const entries = Object.entries(columns) as [keyof Row & string, string][];
  const names = entries.map(([name]) => `"${name}"`);
  const unnest = entries.map((_, index) => `$${index + 1}::text[]`);
  const casts = entries.map(([name, sqlType]) => `u."${name}"::${sqlType}`);
  if (options.updatedAt) {
    names.push('"updatedAt"');
    casts.push("now()");
  }
  const sql =
    `INSERT INTO "${table}" (${names.join(", ")}) ` +
    `SELECT ${casts.join(", ")} FROM unnest(${unnest.join(", ")}) AS u(${entries.map(([name]) => `"${name}"`).join(", ")})`;
  const parameters = entries.map(([name, sqlType]) =>
    rows.map((row) => asText(row[name], sqlType)),
  );
  await tx.$executeRawUnsafe(sql, ...parameters);
}

function rowCount(batch: Batch): number {
  return Object.values(batch).reduce((sum, rows: unknown[]) => sum + rows.length, 0);
}

async function writeBatch(prisma: PrismaClient, batch: Batch): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await insertRows(tx, "Prisoner", PRISONER_COLUMNS, batch.prisoners, { updatedAt: true });
      await insertRows(tx, "NameVariant", NAME_VARIANT_COLUMNS, batch.nameVariants);
      await insertRows(tx, "PrisonerStatusChange", STATUS_CHANGE_COLUMNS, batch.statusChanges);
      await insertRows(tx, "Case", CASE_COLUMNS, batch.cases, { updatedAt: true });
      await insertRows(tx, "Charge", CHARGE_COLUMNS, batch.charges);
      await insertRows(tx, "Event", EVENT_COLUMNS, batch.events, { updatedAt: true });
      await insertRows(tx, "EventPrisoner", EVENT_PRISONER_COLUMNS, batch.eventPrisoners);
      await insertRows(tx, "Detention", DETENTION_COLUMNS, batch.detentions);
      await insertRows(tx, "PrisonerTag", PRISONER_TAG_COLUMNS, batch.prisonerTags);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

/** Where progress lines go: the console for the command line, anything for a caller. */
export type SyntheticLog = (line: string) => void;

/** Removes every synthetic row (and the reference rows only they used). */
export async function clearSyntheticPrisoners(
  prisma: PrismaClient,
  log: SyntheticLog = console.log,
): Promise<void> {
  const started = performance.now();
  // Events first (their links and citations cascade), then prisoners (cases, charges, variants,
  // detentions ... cascade), then the facilities those detentions pointed to.
  const events = await prisma.event.deleteMany({ where: { id: { startsWith: ID_PREFIX } } });
  const prisoners = await prisma.prisoner.deleteMany({
    where: { slug: { startsWith: SLUG_PREFIX } },
  });
  await prisma.facility.deleteMany({ where: { slug: { startsWith: SLUG_PREFIX } } });
  const unusedArticles = await prisma.criminalCodeArticle.deleteMany({
    where: {
      OR: ARTICLES.map((spec) => ({
        countryCode: spec.countryCode,
        code: CODE_NAMES[spec.countryCode].en,
        article: spec.article,
        part: "",
      })),
      charges: { none: {} },
    },
  });
  log(
    `Removed ${prisoners.count.toLocaleString("en")} synthetic prisoners, ${events.count.toLocaleString("en")} events ` +
      `and ${unusedArticles.count} unused articles in ${seconds(started)} s.`,
  );
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

/**
 * Adds `count` synthetic prisoners (with their cases, events, detentions ...) to the database of
 * `prisma`, numbered after those already there, and refreshes the planner's statistics.
 */
export async function generateSyntheticPrisoners(
  prisma: PrismaClient,
  count: number,
  log: SyntheticLog = console.log,
): Promise<{ added: number; rows: number }> {
  const started = performance.now();
  const existing = await prisma.prisoner.count({ where: { slug: { startsWith: SLUG_PREFIX } } });
  fakerRU.seed(BASE_SEED + existing);
  fakerUK.seed(BASE_SEED + existing + 1);
  const reference = await ensureReferenceData(prisma, fakerRU);
  const generator = new BatchGenerator(fakerRU, fakerUK, reference);
  log(
    `Adding ${count.toLocaleString("en")} synthetic prisoners (numbers ${existing + 1}–${existing + count})…`,
  );

  let written = 0;
  let rows = 0;
  let pending: Promise<void> | undefined;
  for (let offset = 0; offset < count; offset += BATCH_SIZE) {
    const size = Math.min(BATCH_SIZE, count - offset);
    // Generate the next batch while the previous one is being written.
    const batch = generator.generate(existing + offset + 1, size);
    await pending;
    if (pending)
      log(
        `  ${written.toLocaleString("en")} / ${count.toLocaleString("en")} prisoners (${seconds(started)} s)`,
      );
    rows += rowCount(batch);
    pending = writeBatch(prisma, batch).then(() => {
      written += size;
    });
  }
  await pending;

  const analyseStarted = performance.now();
  await prisma.$executeRawUnsafe("ANALYZE");
  log(
    `Added ${written.toLocaleString("en")} synthetic prisoners (${rows.toLocaleString("en")} rows) in ${seconds(started)} s ` +
      `(statistics refreshed in ${seconds(analyseStarted)} s).`,
  );
  return { added: written, rows };
}

async function main(): Promise<void> {
  const { count, clear } = parseArguments(process.argv.slice(2));
  const prisma = createPrismaClient(requireDatabaseUrl(), 2);
  try {
    if (clear) await clearSyntheticPrisoners(prisma);
    if (count > 0) await generateSyntheticPrisoners(prisma, count);
  } finally {
    await prisma.$disconnect();
  }
}

// The command line, only when this file is the program (not when a benchmark imports it).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
