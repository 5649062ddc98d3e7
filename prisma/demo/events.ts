import { DatePrecision, EventType } from "@/lib/generated/prisma/enums";
import { sources } from "./sources";
import type { DemoEvent } from "./types";

/**
 * Dated events from the reference. Events it mentions without a date (the Sentsov–Kolchenko
 * verdict, Daria El Zhed's asylum request, the senators' letter of "29 July" with no year) are
 * left out rather than dated by guesswork.
 */
export const events: DemoEvent[] = [
  {
    id: "seed-event-dzhakishev-parole-ruling",
    date: { date: "2020-03-03", precision: DatePrecision.DAY },
    type: EventType.COURT_RULING,
    title: {
      en: "Court in Semey grants parole",
      ru: "Суд в Семее назначил условно-досрочное освобождение",
    },
    text: {
      en: "A court in Semey ruled that Mukhtar Dzhakishev should be released on parole under probation supervision. The decision came as a surprise, since every earlier request for his release had been rejected.",
      ru: "Суд в Семее постановил освободить Мухтара Джакишева условно-досрочно под пробационный надзор. Решение стало неожиданностью: все прежние ходатайства о его освобождении отклонялись.",
    },
    countryCode: "KZ",
    prisonerSlugs: ["mukhtar-dzhakishev"],
    caseKey: "sentence",
    sourceIds: [sources.dzhakishevRelease.id],
  },
  {
    id: "seed-event-dzhakishev-release",
    date: { date: "2020-03-19", precision: DatePrecision.DAY },
    type: EventType.RELEASE,
    title: { en: "Released from prison", ru: "Вышел на свободу" },
    text: {
      en: "Mukhtar Dzhakishev left prison, released on parole under probation supervision.",
      ru: "Мухтар Джакишев вышел из заключения, освобождённый условно-досрочно под пробационный надзор.",
    },
    countryCode: "KZ",
    prisonerSlugs: ["mukhtar-dzhakishev"],
    caseKey: "sentence",
    sourceIds: [sources.dzhakishevRelease.id],
  },
  {
    id: "seed-event-semenova-strasbourg-testimony",
    date: { date: "2018-07-01", precision: DatePrecision.MONTH },
    type: EventType.STATEMENT,
    title: {
      en: "Testimony to MEPs in Strasbourg",
      ru: "Выступление перед евродепутатами в Страсбурге",
    },
    text: {
      en: "In Strasbourg, Elena Semenova told Members of the European Parliament about mass torture in places of detention in Kazakhstan.",
      ru: "В Страсбурге Елена Семёнова рассказала депутатам Европейского парламента о массовых пытках в местах лишения свободы в Казахстане.",
    },
    countryCode: "KZ",
    prisonerSlugs: ["elena-semenova"],
    sourceIds: [sources.semenovaCriminalCase.id],
  },
  {
    id: "seed-event-semenova-criminal-case",
    date: { date: "2018-01-01", precision: DatePrecision.YEAR },
    type: EventType.CHARGE,
    title: { en: "Criminal case opened", ru: "Возбуждено уголовное дело" },
    text: {
      en: "After Elena Semenova returned to Kazakhstan from Strasbourg, a criminal case was opened against her for “spreading knowingly false information”.",
      ru: "После возвращения Елены Семёновой из Страсбурга в Казахстан против неё возбудили уголовное дело о «распространении заведомо ложной информации».",
    },
    countryCode: "KZ",
    prisonerSlugs: ["elena-semenova"],
    caseKey: "false-information",
    sourceIds: [sources.semenovaCriminalCase.id],
  },
  {
    id: "seed-event-meps-letter-tokayev-2020",
    date: { date: "2020-10-16", precision: DatePrecision.DAY },
    type: EventType.INTERNATIONAL_REACTION,
    title: {
      en: "Twenty-four MEPs write to President Tokayev",
      ru: "Двадцать четыре евродепутата пишут президенту Токаеву",
    },
    text: {
      en: "Twenty-four Members of the European Parliament from 14 EU member states signed two letters to President Kassym-Jomart Tokayev about the deeply worrying human-rights trend in Kazakhstan.",
      ru: "Двадцать четыре депутата Европейского парламента из 14 государств — членов ЕС подписали два письма президенту Касым-Жомарту Токаеву о крайне тревожной ситуации с правами человека в Казахстане.",
    },
    countryCode: "KZ",
    prisonerSlugs: [],
    sourceIds: [sources.mepsLetterTokayev2020.id],
  },
  {
    id: "seed-event-meps-letter-nazarbayev-2018",
    date: { date: "2018-07-12", precision: DatePrecision.DAY },
    type: EventType.INTERNATIONAL_REACTION,
    title: {
      en: "Eight MEPs' open letter to President Nazarbayev",
      ru: "Открытое письмо восьми евродепутатов президенту Назарбаеву",
    },
    text: {
      en: "Eight Members of the European Parliament signed an open letter to President Nursultan Nazarbayev criticising the human-rights situation in Kazakhstan and the shrinking space for civil liberties.",
      ru: "Восемь депутатов Европейского парламента подписали открытое письмо президенту Нурсултану Назарбаеву с критикой ситуации с правами человека в Казахстане и сужения пространства гражданских свобод.",
    },
    countryCode: "KZ",
    prisonerSlugs: [],
    sourceIds: [sources.mepsLetterNazarbayev2018.id],
  },
  {
    id: "seed-event-meps-letter-kazakhstan-2017",
    date: { date: "2017-12-13", precision: DatePrecision.DAY },
    type: EventType.INTERNATIONAL_REACTION,
    title: {
      en: "MEPs write to the authorities of Kazakhstan",
      ru: "Евродепутаты обращаются к властям Казахстана",
    },
    text: {
      en: "A group of Members of the European Parliament wrote directly to the highest authorities of Kazakhstan about the human-rights situation and individual cases of politically motivated prosecution.",
      ru: "Группа депутатов Европейского парламента обратилась напрямую к высшему руководству Казахстана в связи с ситуацией с правами человека и отдельными случаями политически мотивированного преследования.",
    },
    countryCode: "KZ",
    prisonerSlugs: [],
    sourceIds: [sources.mepsLetterKazakhstan2017.id],
  },
  {
    id: "seed-event-protest-dispersal-2018-05-10",
    date: { date: "2018-05-10", precision: DatePrecision.DAY },
    type: EventType.PROTEST,
    title: {
      en: "Police disperse peaceful protesters",
      ru: "Полиция разгоняет мирных протестующих",
    },
    text: {
      en: "Police in Kazakhstan used brute force to disperse peaceful protesters, who wanted to draw the European Parliament delegation's attention to political prisoners and to torture in the country's detention centres.",
      ru: "Полиция в Казахстане с применением грубой силы разогнала мирных протестующих, которые хотели привлечь внимание делегации Европейского парламента к проблеме политзаключённых и пыткам в местах содержания под стражей.",
    },
    countryCode: "KZ",
    prisonerSlugs: [],
    sourceIds: [sources.protestDispersal2018.id],
  },
  {
    id: "seed-event-ep-resolution-2019-03-14",
    date: { date: "2019-03-14", precision: DatePrecision.DAY },
    type: EventType.INTERNATIONAL_REACTION,
    title: {
      en: "European Parliament resolution on Kazakhstan",
      ru: "Резолюция Европейского парламента по Казахстану",
    },
    text: {
      en: "The European Parliament adopted a resolution on the human-rights situation in Kazakhstan (2019/2610(RSP)).",
      ru: "Европейский парламент принял резолюцию о ситуации с правами человека в Казахстане (2019/2610(RSP)).",
    },
    countryCode: "KZ",
    prisonerSlugs: [],
    sourceIds: [sources.epResolutionReview.id],
  },
  {
    id: "seed-event-ep-debate-2017-02-28",
    date: { date: "2017-02-28", precision: DatePrecision.DAY },
    type: EventType.INTERNATIONAL_REACTION,
    title: {
      en: "European Parliament debate on Ukrainian political prisoners",
      ru: "Дебаты в Европейском парламенте об украинских политзаключённых",
    },
    text: {
      en: "At the European Parliament in Brussels, Members of the European Parliament hosted the Open Dialogue Foundation for a debate on “Ukrainian Political Prisoners in Russia and occupied Crimea”.",
      ru: "В Европейском парламенте в Брюсселе евродепутаты провели вместе с Фондом «Открытый диалог» дебаты на тему «Украинские политзаключённые в России и оккупированном Крыму».",
    },
    countryCode: "RU",
    prisonerSlugs: [],
    sourceIds: [sources.epDebateUkrainianPrisoners.id],
  },
  {
    id: "seed-event-pace-civil-society-2016-01-25",
    date: { date: "2016-01-25", precision: DatePrecision.DAY },
    type: EventType.OTHER,
    title: {
      en: "Civil-society event at PACE in Strasbourg",
      ru: "Встреча гражданского общества на сессии ПАСЕ в Страсбурге",
    },
    text: {
      en: "During the first session of the year of the Parliamentary Assembly of the Council of Europe in Strasbourg, representatives of Ukrainian and Russian civil society met at an event organised by the Open Dialogue Foundation and the Kyiv Dialogue.",
      ru: "Во время первой в году сессии Парламентской ассамблеи Совета Европы в Страсбурге представители украинского и российского гражданского общества встретились на мероприятии, организованном Фондом «Открытый диалог» и «Киевским диалогом».",
    },
    prisonerSlugs: [],
    sourceIds: [sources.paceEvent2016.id],
  },
];
