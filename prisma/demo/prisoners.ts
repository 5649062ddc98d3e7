import {
  CaseStage,
  DatePrecision,
  Gender,
  NameScript,
  NameVariantKind,
  PaceCriterion,
  PrisonerRole,
  PrisonerStatus,
  RecognitionKind,
  SentenceKind,
} from "@/lib/generated/prisma/enums";
import { spreadingFalseInformationKz } from "./articles";
import {
  dzhakishevDetentions,
  kolchenkoDetentions,
  sentsovDetentions,
  yerimbetovDetentions,
} from "./detentions";
import { sources } from "./sources";
import type { BilingualText, DemoNameVariant, DemoPrisoner } from "./types";

/**
 * The people named in the reference. Where it is silent (birth dates, courts, sentence lengths,
 * places of detention) the fields stay empty. Statuses are "as of the reference".
 */

const latin = (
  value: string,
  kind: NameVariantKind = NameVariantKind.TRANSLITERATION,
  lang?: string,
): DemoNameVariant => ({
  value,
  script: NameScript.LATIN,
  kind,
  ...(lang ? { lang } : {}),
});

const cyrillic = (
  value: string,
  lang: string,
  kind: NameVariantKind = NameVariantKind.NATIVE,
): DemoNameVariant => ({
  value,
  script: NameScript.CYRILLIC,
  lang,
  kind,
});

const crimeaOccupied: BilingualText = { en: "Crimea (occupied)", ru: "Крым (оккупирован)" };

const odfPoliticalPrisonerList = (note: BilingualText, sourceIds: string[]) => ({
  organisationSlug: "open-dialogue-foundation",
  kind: RecognitionKind.POLITICAL_PRISONER_LIST,
  note,
  sourceIds,
});

const sentsovKolchenkoCase = {
  countryCode: "RU",
  title: {
    en: "Terrorism case against opponents of the annexation of Crimea",
    ru: "Дело о «терроризме» против противников аннексии Крыма",
  },
  stage: CaseStage.SENTENCED,
  sentenceKind: SentenceKind.IMPRISONMENT,
  sentenceNote: { en: "A lengthy prison term.", ru: "Длительный срок лишения свободы." },
  notes: {
    en: "A show trial held by the Russian authorities; the terrorism charges were fabricated.",
    ru: "Показательный процесс, проведённый российскими властями; обвинения в терроризме сфабрикованы.",
  },
  charges: [],
  sourceIds: [sources.sentsovKolchenkoTrial.id],
};

export const prisoners: DemoPrisoner[] = [
  {
    slug: "mukhtar-dzhakishev",
    name: { en: "Mukhtar Dzhakishev", ru: "Мухтар Джакишев" },
    sortName: "Dzhakishev Mukhtar",
    gender: Gender.MALE,
    citizenships: ["KZ"],
    countryCode: "KZ",
    roles: [],
    status: PrisonerStatus.RELEASED_ON_PAROLE,
    statusSince: { date: "2020-03-19", precision: DatePrecision.DAY },
    summary: {
      en: "Kazakhstani political prisoner and torture victim, released from prison on parole on 19 March 2020.",
      ru: "Казахстанский политзаключённый, переживший пытки. Освобождён из заключения условно-досрочно 19 марта 2020 года.",
    },
    biography: {
      en: `Mukhtar Dzhakishev is a Kazakhstani political prisoner who was subjected to torture.

Throughout the ten years before his release he was denied the right to a fair and public hearing, the right to a defence and the right to humane treatment. International observers reported that his health was getting worse.

On 3 March 2020 a court in Semey ordered his release on parole under probation supervision. The ruling was unexpected: every earlier request for his release had been turned down. He walked out of prison on 19 March 2020.`,
      ru: `Мухтар Джакишев — казахстанский политический заключённый, подвергавшийся пыткам.

На протяжении десяти лет, предшествовавших освобождению, его лишали права на справедливое и публичное судебное разбирательство, права на защиту и права на гуманное обращение. Международные наблюдатели сообщали об ухудшении его здоровья.

3 марта 2020 года суд в Семее постановил освободить его условно-досрочно под пробационный надзор. Решение оказалось неожиданным: все прежние ходатайства об освобождении отклонялись. 19 марта 2020 года он вышел на свободу.`,
    },
    tagSlugs: ["torture-reported", "health-at-risk"],
    affiliationSlugs: [],
    nameVariants: [
      cyrillic("Джакишев Мухтар", "ru"),
      cyrillic("Мұхтар Жәкішев", "kk"),
      latin("Mukhtar Zhakishev"),
      latin("Mukhtar Jakishev"),
    ],
    statusChanges: [
      {
        key: "released-on-parole",
        status: PrisonerStatus.RELEASED_ON_PAROLE,
        effectiveOn: { date: "2020-03-19", precision: DatePrecision.DAY },
        note: {
          en: "Released from prison on parole, under probation supervision, after a ruling of a court in Semey on 3 March 2020.",
          ru: "Освобождён из заключения условно-досрочно под пробационный надзор по решению суда в Семее от 3 марта 2020 года.",
        },
        sourceIds: [sources.dzhakishevRelease.id],
      },
    ],
    cases: [
      {
        key: "sentence",
        countryCode: "KZ",
        stage: CaseStage.SENTENCED,
        sentenceKind: SentenceKind.IMPRISONMENT,
        notes: {
          en: "On 3 March 2020 a court in Semey released him on parole under probation supervision; all earlier release requests had been rejected.",
          ru: "3 марта 2020 года суд в Семее освободил его условно-досрочно под пробационный надзор; все прежние ходатайства об освобождении отклонялись.",
        },
        charges: [],
        sourceIds: [sources.dzhakishevRelease.id],
      },
    ],
    criterionAssessments: [
      {
        criterion: PaceCriterion.UNFAIR_PROCEEDINGS,
        reasoning: {
          en: "For a decade he was denied a fair and public hearing and the right to a defence, while also being denied humane treatment.",
          ru: "В течение десяти лет он был лишён справедливого и публичного разбирательства и права на защиту, а также права на гуманное обращение.",
        },
        sourceIds: [sources.dzhakishevRelease.id],
      },
    ],
    recognitions: [
      odfPoliticalPrisonerList(
        {
          en: "Described by the foundation as a political prisoner.",
          ru: "Фонд называет его политическим заключённым.",
        },
        [sources.dzhakishevRelease.id],
      ),
    ],
    detentions: dzhakishevDetentions,
    citations: [
      { sourceId: sources.dzhakishevRelease.id },
      { sourceId: sources.dzhakishevRelease.id, field: "status" },
    ],
  },
  {
    slug: "iskander-yerimbetov",
    name: { en: "Iskander Yerimbetov", ru: "Искандер Еримбетов" },
    sortName: "Yerimbetov Iskander",
    gender: Gender.MALE,
    citizenships: [],
    countryCode: "KZ",
    roles: [PrisonerRole.BUSINESSPERSON],
    occupation: { en: "Businessman", ru: "Бизнесмен" },
    status: PrisonerStatus.IMPRISONED,
    summary: {
      en: "Businessman caught up in the criminal case against the opposition politician Mukhtar Ablyazov; his sister is Ablyazov's lawyer. Seventeen US senators have called for his release.",
      ru: "Бизнесмен, ставший жертвой уголовного дела против оппозиционного политика Мухтара Аблязова; его сестра — адвокат Аблязова. Семнадцать сенаторов США призвали его освободить.",
    },
    biography: {
      en: `Iskander Yerimbetov, a businessman, is one more victim of the criminal case brought against the Kazakhstani opposition politician Mukhtar Ablyazov. He is the brother of Botagoz Jardemalie, Ablyazov's lawyer, who has been granted political asylum in Belgium.

On 29 July, seventeen United States senators wrote to President Kassym-Jomart Tokayev, voicing their concern and calling for the release of political prisoner Iskander Yerimbetov. The letter was a bipartisan initiative of senators Marco Rubio and Robert Menendez; Bernie Sanders and Tim Kaine were among the other signatories.`,
      ru: `Бизнесмен Искандер Еримбетов — ещё одна жертва уголовного дела, возбуждённого против казахстанского оппозиционного политика Мухтара Аблязова. Он брат Ботагоз Джардемали, адвоката Аблязова, получившей политическое убежище в Бельгии.

29 июля семнадцать сенаторов США направили президенту Касым-Жомарту Токаеву письмо, в котором выразили обеспокоенность и призвали освободить политзаключённого Искандера Еримбетова. Письмо стало двухпартийной инициативой сенаторов Марко Рубио и Роберта Менендеса; среди подписавших также Берни Сандерс и Тим Кейн.`,
    },
    tagSlugs: [],
    affiliationSlugs: [],
    nameVariants: [cyrillic("Искандер Еримбетов", "ru"), latin("Iskander Erimbetov")],
    statusChanges: [],
    cases: [],
    criterionAssessments: [],
    recognitions: [
      odfPoliticalPrisonerList(
        {
          en: "Described by the foundation as a political prisoner.",
          ru: "Фонд называет его политическим заключённым.",
        },
        [sources.senatorsLetterYerimbetov.id],
      ),
    ],
    detentions: yerimbetovDetentions,
    citations: [
      { sourceId: sources.yerimbetovAblyazovCase.id },
      { sourceId: sources.senatorsLetterYerimbetov.id, field: "status" },
    ],
  },
  {
    slug: "daria-el-zhed",
    name: { en: "Daria El Zhed", ru: "Дарья Эль-Жед" },
    sortName: "El Zhed Daria",
    gender: Gender.FEMALE,
    citizenships: ["RU"],
    countryCode: "RU",
    roles: [PrisonerRole.ACTIVIST],
    status: PrisonerStatus.FACING_EXTRADITION,
    summary: {
      en: "Russian opposition activist with the Open Russia movement. She asked for political asylum in Austria and may be extradited to Russia.",
      ru: "Российская оппозиционная активистка движения «Открытая Россия». Она попросила политического убежища в Австрии, и ей грозит выдача России.",
    },
    biography: {
      en: `Daria El Zhed is a Russian opposition activist. Her case adds to the record of political persecution of members and leaders of Open Russia, the opposition movement founded by Mikhail Khodorkovsky, a long-standing opponent of Russia's authoritarian regime.

She applied for political asylum in Austria. She may now be extradited from Austria to Russia, where she would face torture and an unfair investigation and trial.`,
      ru: `Дарья Эль-Жед — российская оппозиционная активистка. Её дело — ещё один пример политического преследования участников и руководителей «Открытой России», оппозиционного движения, основанного Михаилом Ходорковским, давним противником авторитарного режима в России.

Она попросила политического убежища в Австрии. Теперь ей грозит выдача из Австрии в Россию, где её ожидают пытки, а также несправедливое следствие и суд.`,
    },
    tagSlugs: ["extradition-risk"],
    affiliationSlugs: ["open-russia"],
    nameVariants: [
      cyrillic("Дарья Эль-Жед", "ru"),
      cyrillic("Дарья Эль Жед", "ru", NameVariantKind.TRANSLITERATION),
      latin("Darya El Zhed"),
      latin("Daria El-Zhed"),
    ],
    statusChanges: [],
    cases: [],
    criterionAssessments: [],
    recognitions: [],
    citations: [
      { sourceId: sources.elZhedExtradition.id },
      { sourceId: sources.elZhedExtradition.id, field: "status" },
    ],
  },
  {
    slug: "elena-semenova",
    name: { en: "Elena Semenova", ru: "Елена Семёнова" },
    sortName: "Semenova Elena",
    gender: Gender.FEMALE,
    citizenships: [],
    countryCode: "KZ",
    roles: [PrisonerRole.HUMAN_RIGHTS_DEFENDER],
    // Prosecuted but, as far as the reference says, not detained.
    status: PrisonerStatus.UNDER_INVESTIGATION,
    statusSince: { date: "2018-01-01", precision: DatePrecision.YEAR },
    summary: {
      en: "Human-rights defender from Kazakhstan. After telling MEPs in Strasbourg about mass torture in Kazakh places of detention, she was charged with “spreading knowingly false information”.",
      ru: "Правозащитница из Казахстана. После того как она рассказала евродепутатам в Страсбурге о массовых пытках в местах лишения свободы Казахстана, против неё возбудили дело о «распространении заведомо ложной информации».",
    },
    biography: {
      en: `In July 2018, in Strasbourg, the human-rights defender Elena Semenova gave Members of the European Parliament an account of mass torture in places of detention in Kazakhstan.

When she came back home, a criminal case was opened against her for “spreading knowingly false information”.`,
      ru: `В июле 2018 года в Страсбурге правозащитница Елена Семёнова рассказала депутатам Европейского парламента о массовых пытках в местах лишения свободы в Казахстане.

Когда она вернулась на родину, против неё возбудили уголовное дело о «распространении заведомо ложной информации».`,
    },
    tagSlugs: [],
    affiliationSlugs: [],
    nameVariants: [
      cyrillic("Елена Семенова", "ru", NameVariantKind.TRANSLITERATION),
      latin("Yelena Semyonova"),
      latin("Elena Semyonova"),
      latin("Yelena Semenova"),
    ],
    statusChanges: [
      {
        key: "criminal-case-opened",
        status: PrisonerStatus.UNDER_INVESTIGATION,
        effectiveOn: { date: "2018-01-01", precision: DatePrecision.YEAR },
        note: {
          en: "Criminal case opened after her return from Strasbourg.",
          ru: "Уголовное дело возбуждено после её возвращения из Страсбурга.",
        },
        sourceIds: [sources.semenovaCriminalCase.id],
      },
    ],
    cases: [
      {
        key: "false-information",
        countryCode: "KZ",
        stage: CaseStage.INVESTIGATION,
        notes: {
          en: "Opened after she told MEPs in Strasbourg about mass torture in Kazakh places of detention.",
          ru: "Возбуждено после того, как она рассказала евродепутатам в Страсбурге о массовых пытках в местах лишения свободы Казахстана.",
        },
        charges: [
          {
            article: spreadingFalseInformationKz,
            note: {
              en: "For her account of torture given to MEPs.",
              ru: "За рассказ о пытках, с которым она выступила перед евродепутатами.",
            },
          },
        ],
        sourceIds: [sources.semenovaCriminalCase.id],
      },
    ],
    criterionAssessments: [],
    recognitions: [],
    citations: [
      { sourceId: sources.semenovaCriminalCase.id },
      { sourceId: sources.semenovaCriminalCase.id, field: "status" },
    ],
  },
  {
    slug: "oleg-sentsov",
    name: { en: "Oleg Sentsov", ru: "Олег Сенцов" },
    sortName: "Sentsov Oleg",
    citizenships: ["UA"],
    countryCode: "RU",
    region: crimeaOccupied,
    roles: [PrisonerRole.FILMMAKER, PrisonerRole.ACTIVIST],
    occupation: { en: "Film-maker", ru: "Кинорежиссёр" },
    status: PrisonerStatus.IMPRISONED,
    summary: {
      en: "Ukrainian film-maker and opponent of the annexation of Crimea, sentenced by Russia to a long prison term on fabricated terrorism charges after a show trial.",
      ru: "Украинский кинорежиссёр, противник аннексии Крыма. После показательного процесса приговорён в России к длительному сроку по сфабрикованным обвинениям в терроризме.",
    },
    biography: {
      en: `The Russian regime staged a show trial of opponents of the annexation of the Crimean peninsula. The Ukrainian film-maker Oleg Sentsov and Oleksandr Kolchenko received long prison sentences on fabricated terrorism charges.

Investigators refused to open a criminal case into the torture of the film-maker and went on contriving charges.

Agnieszka Kozłowska-Rajewicz, a Member of the European Parliament, submitted a written question to the European Commission about Ukrainian activists abducted from Crimea: Oleg Sentsov, Gennadiy Afanasyev, Oleksiy Chirniy and Oleksandr Kolchenko.`,
      ru: `Российский режим устроил показательный процесс над противниками аннексии Крымского полуострова. Украинский кинорежиссёр Олег Сенцов и Александр Кольченко получили длительные сроки заключения по сфабрикованным обвинениям в терроризме.

Следователи отказались возбудить уголовное дело о пытках режиссёра и продолжают фабриковать обвинения.

Депутат Европейского парламента Агнешка Козловска-Раевич направила Европейской комиссии письменный запрос об украинских активистах, похищенных с территории Крыма: Олеге Сенцове, Геннадии Афанасьеве, Алексее Чирнии и Александре Кольченко.`,
    },
    tagSlugs: ["torture-reported", "crimea"],
    affiliationSlugs: [],
    nameVariants: [
      cyrillic("Олег Сенцов", "ru"),
      cyrillic("Олег Сенцов", "uk"),
      latin("Oleh Sentsov", NameVariantKind.TRANSLITERATION, "uk"),
    ],
    statusChanges: [],
    cases: [{ key: "crimea-terrorism", ...sentsovKolchenkoCase }],
    criterionAssessments: [
      {
        criterion: PaceCriterion.UNFAIR_PROCEEDINGS,
        reasoning: {
          en: "He was convicted in a show trial of opponents of the annexation of Crimea, on terrorism charges that were fabricated.",
          ru: "Он осуждён в ходе показательного процесса над противниками аннексии Крыма по сфабрикованным обвинениям в терроризме.",
        },
        sourceIds: [sources.sentsovKolchenkoTrial.id],
      },
    ],
    recognitions: [],
    citations: [
      { sourceId: sources.sentsovKolchenkoTrial.id },
      { sourceId: sources.sentsovKolchenkoTrial.id, field: "status" },
      { sourceId: sources.sentsovTortureInquiryRefused.id },
      { sourceId: sources.writtenQuestionCrimea.id },
    ],
    detentions: sentsovDetentions,
  },
  {
    slug: "oleksandr-kolchenko",
    name: { en: "Oleksandr Kolchenko", ru: "Александр Кольченко" },
    sortName: "Kolchenko Oleksandr",
    citizenships: ["UA"],
    countryCode: "RU",
    region: crimeaOccupied,
    roles: [PrisonerRole.ACTIVIST],
    status: PrisonerStatus.IMPRISONED,
    summary: {
      en: "Ukrainian activist tried together with Oleg Sentsov and sentenced by Russia to a long prison term on fabricated terrorism charges.",
      ru: "Украинский активист, которого судили вместе с Олегом Сенцовым и приговорили в России к длительному сроку по сфабрикованным обвинениям в терроризме.",
    },
    biography: {
      en: `Oleksandr Kolchenko is a Ukrainian activist. In a show trial of opponents of the annexation of Crimea, the Russian authorities sentenced him and Oleg Sentsov to long prison terms on fabricated terrorism charges.

He is one of the Ukrainian activists abducted from Crimea about whom MEP Agnieszka Kozłowska-Rajewicz submitted a written question to the European Commission.`,
      ru: `Александр Кольченко — украинский активист. В ходе показательного процесса над противниками аннексии Крыма российские власти приговорили его и Олега Сенцова к длительным срокам заключения по сфабрикованным обвинениям в терроризме.

Он — один из украинских активистов, похищенных с территории Крыма, о которых депутат Европарламента Агнешка Козловска-Раевич направила письменный запрос в Европейскую комиссию.`,
    },
    tagSlugs: ["crimea"],
    affiliationSlugs: [],
    nameVariants: [
      cyrillic("Олександр Кольченко", "uk"),
      latin("Aleksandr Kolchenko"),
      latin("Alexander Kolchenko"),
      latin("Aleksander Kolchenko"),
    ],
    statusChanges: [],
    cases: [{ key: "crimea-terrorism", ...sentsovKolchenkoCase }],
    criterionAssessments: [
      {
        criterion: PaceCriterion.UNFAIR_PROCEEDINGS,
        reasoning: {
          en: "He was convicted in a show trial of opponents of the annexation of Crimea, on terrorism charges that were fabricated.",
          ru: "Он осуждён в ходе показательного процесса над противниками аннексии Крыма по сфабрикованным обвинениям в терроризме.",
        },
        sourceIds: [sources.sentsovKolchenkoTrial.id],
      },
    ],
    recognitions: [],
    detentions: kolchenkoDetentions,
    citations: [
      { sourceId: sources.sentsovKolchenkoTrial.id },
      { sourceId: sources.sentsovKolchenkoTrial.id, field: "status" },
      { sourceId: sources.writtenQuestionCrimea.id },
    ],
  },
  {
    slug: "gennadiy-afanasyev",
    name: { en: "Gennadiy Afanasyev", ru: "Геннадий Афанасьев" },
    sortName: "Afanasyev Gennadiy",
    citizenships: ["UA"],
    countryCode: "RU",
    region: crimeaOccupied,
    roles: [PrisonerRole.ACTIVIST],
    status: PrisonerStatus.IMPRISONED,
    summary: {
      en: "Ukrainian activist abducted from Crimea, named in an MEP's written question to the European Commission.",
      ru: "Украинский активист, похищенный с территории Крыма; упомянут в письменном запросе депутата Европарламента в Европейскую комиссию.",
    },
    biography: {
      en: "Gennadiy Afanasyev is one of the Ukrainian activists abducted from the territory of Crimea about whom Agnieszka Kozłowska-Rajewicz, a Member of the European Parliament, submitted a written question to the European Commission, together with Oleg Sentsov, Oleksiy Chirniy and Oleksandr Kolchenko.",
      ru: "Геннадий Афанасьев — один из украинских активистов, похищенных с территории Крыма, о которых депутат Европейского парламента Агнешка Козловска-Раевич направила письменный запрос в Европейскую комиссию, вместе с Олегом Сенцовым, Алексеем Чирнием и Александром Кольченко.",
    },
    tagSlugs: ["crimea"],
    affiliationSlugs: [],
    nameVariants: [
      cyrillic("Геннадій Афанасьєв", "uk"),
      latin("Hennadiy Afanasyev", NameVariantKind.TRANSLITERATION, "uk"),
      latin("Hennadii Afanasiev", NameVariantKind.TRANSLITERATION, "uk"),
      latin("Gennady Afanasyev"),
    ],
    statusChanges: [],
    cases: [],
    criterionAssessments: [],
    recognitions: [],
    citations: [{ sourceId: sources.writtenQuestionCrimea.id }],
  },
  {
    slug: "oleksiy-chirniy",
    name: { en: "Oleksiy Chirniy", ru: "Алексей Чирний" },
    sortName: "Chirniy Oleksiy",
    citizenships: ["UA"],
    countryCode: "RU",
    region: crimeaOccupied,
    roles: [PrisonerRole.ACTIVIST],
    status: PrisonerStatus.IMPRISONED,
    summary: {
      en: "Ukrainian activist abducted from Crimea, named in an MEP's written question to the European Commission.",
      ru: "Украинский активист, похищенный с территории Крыма; упомянут в письменном запросе депутата Европарламента в Европейскую комиссию.",
    },
    biography: {
      en: "Oleksiy Chirniy is one of the Ukrainian activists abducted from the territory of Crimea about whom Agnieszka Kozłowska-Rajewicz, a Member of the European Parliament, submitted a written question to the European Commission, together with Oleg Sentsov, Gennadiy Afanasyev and Oleksandr Kolchenko.",
      ru: "Алексей Чирний — один из украинских активистов, похищенных с территории Крыма, о которых депутат Европейского парламента Агнешка Козловска-Раевич направила письменный запрос в Европейскую комиссию, вместе с Олегом Сенцовым, Геннадием Афанасьевым и Александром Кольченко.",
    },
    tagSlugs: ["crimea"],
    affiliationSlugs: [],
    nameVariants: [
      cyrillic("Олексій Чирній", "uk"),
      latin("Aleksey Chirniy"),
      latin("Oleksii Chyrnii", NameVariantKind.TRANSLITERATION, "uk"),
    ],
    statusChanges: [],
    cases: [],
    criterionAssessments: [],
    recognitions: [],
    citations: [{ sourceId: sources.writtenQuestionCrimea.id }],
  },
  {
    slug: "v-buntov",
    name: { en: "V. Buntov", ru: "В. Бунтов" },
    sortName: "Buntov V.",
    gender: Gender.MALE,
    citizenships: [],
    countryCode: "RU",
    roles: [],
    status: PrisonerStatus.IMPRISONED,
    summary: {
      en: "Prisoner in Russia, tortured again and again for refusing to withdraw his application against Russia to the European Court of Human Rights, and denied medical care.",
      ru: "Заключённый в России, которого раз за разом пытают за отказ отозвать жалобу против России в Европейский суд по правам человека; ему отказывают в медицинской помощи.",
    },
    biography: {
      en: `V. Buntov has been tortured repeatedly because he will not withdraw the complaint he lodged against the Russian Federation with the European Court of Human Rights.

The Russian authorities refuse him medical care and openly threaten to extend his prison sentence in retaliation for his efforts to defend his rights before the Court.`,
      ru: `В. Бунтова неоднократно подвергали пыткам за то, что он отказывается отозвать жалобу, поданную им против Российской Федерации в Европейский суд по правам человека.

Российские власти отказывают ему в медицинской помощи и демонстративно угрожают продлить срок заключения в отместку за попытки отстоять свои права в Суде.`,
    },
    tagSlugs: ["torture-reported", "health-at-risk", "echr-applicant"],
    affiliationSlugs: [],
    nameVariants: [cyrillic("Бунтов", "ru"), cyrillic("Бунтов В.", "ru")],
    statusChanges: [],
    cases: [],
    criterionAssessments: [],
    recognitions: [],
    citations: [
      { sourceId: sources.buntovTorture.id },
      { sourceId: sources.buntovTorture.id, field: "status" },
    ],
  },
];
