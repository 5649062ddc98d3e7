import { PublicationType } from "@/lib/generated/prisma/enums";
import type { DemoPublication } from "./types";

/**
 * News, reports and statements paraphrasing the foundation's article teasers. `publishedOn` is the
 * date of the event an item reports where the teaser gives one, and empty otherwise.
 */

const reports: DemoPublication[] = [
  {
    slug: "kazakhstan-56-victims-of-politically-motivated-prosecution",
    type: PublicationType.REPORT,
    title: {
      en: "56 victims of politically motivated prosecution in Kazakhstan",
      ru: "56 жертв политически мотивированного преследования в Казахстане",
    },
    summary: {
      en: "The report looks at the cases of 56 people prosecuted in Kazakhstan for political reasons. At least 16 of them are political prisoners held in prisons or pre-trial detention facilities.",
      ru: "В докладе рассматриваются дела 56 человек, подвергшихся политически мотивированному уголовному преследованию в Казахстане. По меньшей мере 16 из них — политзаключённые, находящиеся в тюрьмах или следственных изоляторах.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "kazakhstan-39-individuals-facing-politically-motivated-prosecution",
    type: PublicationType.REPORT,
    title: {
      en: "39 people facing politically motivated prosecution in Kazakhstan",
      ru: "39 человек под политически мотивированным преследованием в Казахстане",
    },
    summary: {
      en: "The report examines the cases of 39 people currently prosecuted in Kazakhstan for political reasons, 21 of whom are political prisoners held in prisons or pre-trial detention facilities.",
      ru: "В докладе изучены дела 39 человек, которые в настоящее время подвергаются политически мотивированному уголовному преследованию в Казахстане; 21 из них — политзаключённые, содержащиеся в тюрьмах или следственных изоляторах.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "collective-complaint-129-citizens-of-kazakhstan",
    type: PublicationType.REPORT,
    title: {
      en: "Collective complaint on behalf of 129 citizens of Kazakhstan",
      ru: "Коллективная жалоба от имени 129 граждан Казахстана",
    },
    summary: {
      en: "A collective complaint on behalf of 129 citizens of Kazakhstan who suffered arbitrary detention, criminal prosecution, torture, ill-treatment, threats and surveillance. All of them were accused of supporting the peaceful opposition movement Democratic Choice of Kazakhstan.",
      ru: "Коллективная жалоба от имени 129 граждан Казахстана, ставших жертвами произвольных задержаний, уголовного преследования, пыток, жестокого обращения, угроз и слежки. Всех их обвинили в поддержке мирного оппозиционного движения «Демократический выбор Казахстана».",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "extradition-in-the-council-of-europe-beyond-the-pace-report",
    type: PublicationType.REPORT,
    title: {
      en: "Extradition in the Council of Europe: filling the gaps in the PACE report",
      ru: "Экстрадиция в Совете Европы: восполняя пробелы доклада ПАСЕ",
    },
    summary: {
      en: "The Open Dialogue Foundation, the Italian Federation for Human Rights, the Arrested Lawyers Initiative, Human Rights Defenders e.V. and the Kharkiv Institute for Social Research address gaps in the PACE report and recommend how Council of Europe member states can cooperate better on extradition.",
      ru: "Фонд «Открытый диалог», Итальянская федерация по правам человека, «Инициатива арестованных юристов», Human Rights Defenders e.V. и Харьковский институт социальных исследований восполняют пробелы доклада ПАСЕ и предлагают рекомендации по улучшению сотрудничества государств — членов Совета Европы в сфере экстрадиции.",
    },
    prisonerSlugs: [],
    countryCodes: [],
  },
  {
    slug: "kazakhstan-and-the-european-parliament-resolution-of-14-march-2019",
    type: PublicationType.REPORT,
    title: {
      en: "How Kazakhstan has implemented the European Parliament resolution of 14 March 2019",
      ru: "Как Казахстан выполняет резолюцию Европейского парламента от 14 марта 2019 года",
    },
    summary: {
      en: "An analysis of Kazakhstan's implementation of the European Parliament resolution of 14 March 2019 on the human-rights situation in the country (2019/2610(RSP)).",
      ru: "Анализ выполнения Казахстаном резолюции Европейского парламента от 14 марта 2019 года о положении с правами человека в стране (2019/2610(RSP)).",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
];

const news: DemoPublication[] = [
  {
    slug: "mukhtar-dzhakishev-released-on-parole",
    type: PublicationType.NEWS,
    title: {
      en: "Mukhtar Dzhakishev released on parole",
      ru: "Мухтар Джакишев освобождён условно-досрочно",
    },
    summary: {
      en: "The Kazakhstani political prisoner and torture victim left prison on 19 March 2020, after a court in Semey unexpectedly granted him parole.",
      ru: "Казахстанский политзаключённый, переживший пытки, вышел на свободу 19 марта 2020 года после того, как суд в Семее неожиданно удовлетворил ходатайство о его условно-досрочном освобождении.",
    },
    body: {
      en: `On 19 March 2020 Mukhtar Dzhakishev, a Kazakhstani political prisoner and torture victim, was released from prison. On 3 March 2020 a court in Semey had ruled to release him on parole under probation supervision.

The ruling was a surprise: every earlier request for his release had been rejected. Over the past decade he was denied the right to a fair and public trial, the right to a defence and the right to humane treatment, while international observers reported that his health was deteriorating.`,
      ru: `19 марта 2020 года казахстанский политзаключённый Мухтар Джакишев, подвергавшийся пыткам, вышел на свободу. 3 марта 2020 года суд в Семее постановил освободить его условно-досрочно под пробационный надзор.

Решение стало неожиданностью: все прежние ходатайства о его освобождении отклонялись. На протяжении последнего десятилетия его лишали права на справедливое и публичное судебное разбирательство, права на защиту и права на гуманное обращение, а международные наблюдатели сообщали об ухудшении его здоровья.`,
    },
    publishedOn: "2020-03-19",
    prisonerSlugs: ["mukhtar-dzhakishev"],
    countryCodes: ["KZ"],
  },
  {
    slug: "daria-el-zhed-at-risk-of-extradition",
    type: PublicationType.NEWS,
    title: {
      en: "Daria El Zhed: Open Russia activist at risk of extradition",
      ru: "Дарья Эль-Жед: активистке «Открытой России» грозит экстрадиция",
    },
    summary: {
      en: "The Russian opposition activist sought political asylum in Austria and may be sent back to Russia, where she would face torture and an unfair trial.",
      ru: "Российская оппозиционная активистка попросила политического убежища в Австрии, но её могут выдать России, где ей грозят пытки и несправедливый суд.",
    },
    body: {
      en: `The case of Daria El Zhed, a Russian opposition activist, is another example of the political persecution of members and leaders of Open Russia, the opposition movement founded by Mikhail Khodorkovsky.

She asked for political asylum in Austria. She may now be extradited from Austria to Russia, where she would be tortured and subjected to an unfair investigation and trial.`,
      ru: `Дело российской оппозиционной активистки Дарьи Эль-Жед — ещё один пример политического преследования участников и руководителей «Открытой России», оппозиционного движения, основанного Михаилом Ходорковским.

Она попросила политического убежища в Австрии. Теперь её могут выдать из Австрии в Россию, где её ожидают пытки, несправедливое следствие и суд.`,
    },
    prisonerSlugs: ["daria-el-zhed"],
    countryCodes: ["RU", "AT"],
  },
  {
    slug: "iskander-yerimbetov-and-the-ablyazov-case",
    type: PublicationType.NEWS,
    title: {
      en: "Iskander Yerimbetov, another victim of the case against Mukhtar Ablyazov",
      ru: "Искандер Еримбетов — ещё одна жертва дела против Мухтара Аблязова",
    },
    summary: {
      en: "The businessman is the brother of Botagoz Jardemalie, the lawyer of opposition politician Mukhtar Ablyazov, who has been granted political asylum in Belgium.",
      ru: "Бизнесмен — брат Ботагоз Джардемали, адвоката оппозиционного политика Мухтара Аблязова, получившей политическое убежище в Бельгии.",
    },
    prisonerSlugs: ["iskander-yerimbetov"],
    countryCodes: ["KZ", "BE"],
  },
  {
    slug: "elena-semenova-prosecuted-after-testimony-to-meps",
    type: PublicationType.NEWS,
    title: {
      en: "Elena Semenova prosecuted after testifying to MEPs about torture",
      ru: "Елену Семёнову преследуют после выступления перед евродепутатами о пытках",
    },
    summary: {
      en: "In July 2018 the human-rights defender told MEPs in Strasbourg about mass torture in Kazakh places of detention. Back home, she was charged with “spreading knowingly false information”.",
      ru: "В июле 2018 года правозащитница рассказала евродепутатам в Страсбурге о массовых пытках в местах лишения свободы Казахстана. По возвращении на родину против неё возбудили дело о «распространении заведомо ложной информации».",
    },
    prisonerSlugs: ["elena-semenova"],
    countryCodes: ["KZ"],
  },
  {
    slug: "sentsov-and-kolchenko-sentenced-after-show-trial",
    type: PublicationType.NEWS,
    title: {
      en: "Oleg Sentsov and Oleksandr Kolchenko sentenced after a show trial",
      ru: "Олег Сенцов и Александр Кольченко осуждены после показательного процесса",
    },
    summary: {
      en: "Russia put opponents of the annexation of Crimea on show trial; Sentsov and Kolchenko received long prison terms on fabricated terrorism charges.",
      ru: "Россия устроила показательный процесс над противниками аннексии Крыма; Сенцов и Кольченко получили длительные сроки по сфабрикованным обвинениям в терроризме.",
    },
    prisonerSlugs: ["oleg-sentsov", "oleksandr-kolchenko"],
    countryCodes: ["RU", "UA"],
  },
  {
    slug: "no-criminal-case-over-torture-of-ukrainian-film-maker",
    type: PublicationType.NEWS,
    title: {
      en: "No criminal case over the torture of the Ukrainian film-maker",
      ru: "Уголовного дела о пытках украинского режиссёра не будет",
    },
    summary: {
      en: "Investigators refused to open a criminal case into the torture of the Ukrainian film-maker and carry on contriving charges.",
      ru: "Следователи отказались возбудить уголовное дело о пытках украинского кинорежиссёра и продолжают фабриковать обвинения.",
    },
    prisonerSlugs: ["oleg-sentsov"],
    countryCodes: ["RU"],
  },
  {
    slug: "written-question-on-ukrainian-activists-abducted-from-crimea",
    type: PublicationType.NEWS,
    title: {
      en: "MEP asks the European Commission about Ukrainian activists abducted from Crimea",
      ru: "Евродепутат направила Еврокомиссии запрос об украинских активистах, похищенных из Крыма",
    },
    summary: {
      en: "Agnieszka Kozłowska-Rajewicz submitted a written question on Oleg Sentsov, Gennadiy Afanasyev, Oleksiy Chirniy and Oleksandr Kolchenko.",
      ru: "Агнешка Козловска-Раевич направила письменный запрос об Олеге Сенцове, Геннадии Афанасьеве, Алексее Чирнии и Александре Кольченко.",
    },
    prisonerSlugs: ["oleg-sentsov", "gennadiy-afanasyev", "oleksiy-chirniy", "oleksandr-kolchenko"],
    countryCodes: ["RU", "UA"],
  },
  {
    slug: "v-buntov-tortured-over-echr-complaint",
    type: PublicationType.NEWS,
    title: {
      en: "V. Buntov tortured for refusing to withdraw his ECHR complaint",
      ru: "В. Бунтова пытают за отказ отозвать жалобу в ЕСПЧ",
    },
    summary: {
      en: "He is denied medical care and threatened with a longer sentence in retaliation for defending his rights before the European Court of Human Rights.",
      ru: "Ему отказывают в медицинской помощи и угрожают продлением срока в отместку за то, что он отстаивает свои права в Европейском суде по правам человека.",
    },
    prisonerSlugs: ["v-buntov"],
    countryCodes: ["RU"],
  },
  {
    slug: "zhanaozen-massacre-sixth-anniversary",
    type: PublicationType.NEWS,
    title: {
      en: "Sixth anniversary of the Zhanaozen massacre",
      ru: "Шестая годовщина трагедии в Жанаозене",
    },
    summary: {
      en: "16 December 2017 marks six years since the Zhanaozen massacre. The anniversary falls within days of the debate and vote on the EU–Kazakhstan Enhanced Partnership and Cooperation Agreement: a moment to raise the issue of political prisoners again.",
      ru: "16 декабря 2017 года исполняется шесть лет со дня расстрела в Жанаозене. Годовщина совпадает по времени с обсуждением и голосованием по Соглашению о расширенном партнёрстве и сотрудничестве между ЕС и Казахстаном — это повод снова поднять вопрос о политзаключённых.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "peaceful-protesters-dispersed-10-may-2018",
    type: PublicationType.NEWS,
    title: {
      en: "Police use force against peaceful protesters",
      ru: "Полиция применила силу против мирных протестующих",
    },
    summary: {
      en: "On 10 May 2018 police in Kazakhstan broke up a peaceful protest with brute force. The protesters wanted the European Parliament delegation to notice the country's political prisoners and the torture in its detention centres.",
      ru: "10 мая 2018 года полиция в Казахстане грубой силой разогнала мирный протест. Его участники стремились привлечь внимание делегации Европейского парламента к политзаключённым и пыткам в местах содержания под стражей.",
    },
    publishedOn: "2018-05-10",
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "european-parliament-debate-ukrainian-political-prisoners",
    type: PublicationType.NEWS,
    title: {
      en: "Debate at the European Parliament: Ukrainian political prisoners in Russia and occupied Crimea",
      ru: "Дебаты в Европарламенте: украинские политзаключённые в России и оккупированном Крыму",
    },
    summary: {
      en: "On 28 February 2017 Members of the European Parliament hosted the Open Dialogue Foundation in Brussels for a debate on Ukrainian political prisoners in Russia and occupied Crimea.",
      ru: "28 февраля 2017 года депутаты Европейского парламента провели в Брюсселе вместе с Фондом «Открытый диалог» дебаты об украинских политзаключённых в России и оккупированном Крыму.",
    },
    publishedOn: "2017-02-28",
    prisonerSlugs: [],
    countryCodes: ["RU", "UA"],
  },
  {
    slug: "pace-event-with-the-kyiv-dialogue-2016",
    type: PublicationType.NEWS,
    title: {
      en: "Ukrainian and Russian civil society meet at PACE",
      ru: "Украинское и российское гражданское общество встретились в ПАСЕ",
    },
    summary: {
      en: "On 25 January 2016, at the opening session of the year of the Parliamentary Assembly of the Council of Europe in Strasbourg, the Open Dialogue Foundation and the Kyiv Dialogue brought together representatives of Ukrainian and Russian civil society.",
      ru: "25 января 2016 года, во время первой в году сессии Парламентской ассамблеи Совета Европы в Страсбурге, Фонд «Открытый диалог» и «Киевский диалог» собрали представителей украинского и российского гражданского общества.",
    },
    publishedOn: "2016-01-25",
    prisonerSlugs: [],
    countryCodes: ["UA", "RU"],
  },
  {
    slug: "fidu-observer-mission-to-kazakhstan",
    type: PublicationType.NEWS,
    title: {
      en: "FIDU observer mission to Kazakhstan",
      ru: "Наблюдательная миссия FIDU в Казахстане",
    },
    summary: {
      en: "The Italian Federation for Human Rights sent a human-rights observer mission to Kazakhstan. Its members met activists, human-rights defenders, relatives of political prisoners and former prisoners who had been tortured.",
      ru: "Итальянская федерация по правам человека (FIDU) организовала правозащитную наблюдательную миссию в Казахстан. Её участники встретились с активистами, правозащитниками, родственниками политзаключённых и бывшими заключёнными, пережившими пытки.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ", "IT"],
  },
  {
    slug: "universal-periodic-review-of-kazakhstan",
    type: PublicationType.NEWS,
    title: {
      en: "Universal Periodic Review: states criticise Kazakhstan",
      ru: "Универсальный периодический обзор: государства критикуют Казахстан",
    },
    summary: {
      en: "In the UN Universal Periodic Review, states pointed out that Kazakhstan had not carried out earlier recommendations and that freedom of speech, assembly and religion had deteriorated.",
      ru: "В ходе Универсального периодического обзора ООН государства указали, что Казахстан не выполнил прежние рекомендации, а положение со свободой слова, собраний и вероисповедания ухудшилось.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "at-least-65-ukrainian-citizens-prosecuted",
    type: PublicationType.NEWS,
    title: {
      en: "At least 65 Ukrainian citizens face politically motivated prosecution",
      ru: "Не менее 65 граждан Украины подвергаются политически мотивированному преследованию",
    },
    summary: {
      en: "Since the Russian–Ukrainian conflict began, at least 65 Ukrainian citizens have faced politically motivated criminal proceedings in Russia and in occupied Crimea.",
      ru: "С начала российско-украинского конфликта не менее 65 граждан Украины стали фигурантами политически мотивированных уголовных дел в России и оккупированном Крыму.",
    },
    prisonerSlugs: [],
    countryCodes: ["RU", "UA"],
  },
  {
    slug: "at-least-43-ukrainian-citizens-prosecuted",
    type: PublicationType.NEWS,
    title: {
      en: "43 Ukrainian citizens prosecuted by Russia for political reasons",
      ru: "43 гражданина Украины преследуются Россией по политическим мотивам",
    },
    summary: {
      en: "Since the conflict began, Russian law enforcement has unlawfully prosecuted at least 43 Ukrainian citizens for political reasons. Six have been released; 30 are still held in detention facilities or prisons.",
      ru: "С начала конфликта российские правоохранительные органы незаконно преследовали по политическим мотивам не менее 43 граждан Украины. Шестеро освобождены, 30 по-прежнему находятся в местах содержания под стражей или в тюрьмах.",
    },
    prisonerSlugs: [],
    countryCodes: ["RU", "UA"],
  },
  {
    slug: "more-than-three-dozen-ukrainians-detained-in-russia",
    type: PublicationType.NEWS,
    title: {
      en: "More than three dozen Ukrainians held in Russia for political reasons",
      ru: "Более трёх десятков украинцев удерживаются в России по политическим мотивам",
    },
    summary: {
      en: "More than three dozen Ukrainians remain in detention in Russia for political reasons.",
      ru: "Более трёх десятков украинцев по-прежнему находятся под стражей в России по политическим мотивам.",
    },
    prisonerSlugs: [],
    countryCodes: ["RU", "UA"],
  },
];

const statements: DemoPublication[] = [
  {
    slug: "no-extradition-to-torture",
    type: PublicationType.STATEMENT,
    title: {
      en: "No extradition where torture threatens",
      ru: "Никакой экстрадиции под угрозой пыток",
    },
    summary: {
      en: "International law unconditionally bans extraditing anyone to a country where they may be at risk of torture and ill-treatment. Extradition requests that rest on politically motivated prosecutions are unlawful too.",
      ru: "Международное право безусловно запрещает выдавать людей в страны, где им могут грозить пытки и жестокое обращение. Запросы об экстрадиции, основанные на политически мотивированном преследовании, также незаконны.",
    },
    prisonerSlugs: [],
    countryCodes: [],
  },
  {
    slug: "kazakhstan-politicised-criminal-law",
    type: PublicationType.STATEMENT,
    title: {
      en: "Kazakhstan's politicised criminal law",
      ru: "Политизированное уголовное право Казахстана",
    },
    summary: {
      en: "Kazakhstan's reformed criminal law keeps politicised, vaguely worded offences that the state can read broadly and subjectively to suppress opposition activists, journalists and politicians.",
      ru: "Реформированное уголовное законодательство Казахстана сохраняет политизированные и размытые составы преступлений, которые государство может толковать широко и произвольно, чтобы подавлять оппозиционных активистов, журналистов и политиков.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "kazakhstan-concessions-to-protect-investment",
    type: PublicationType.STATEMENT,
    title: {
      en: "Concessions in political prisoners' cases to protect investment",
      ru: "Уступки по делам политзаключённых ради инвестиций",
    },
    summary: {
      en: "To keep foreign investment from falling and to protect the country's image abroad, the Kazakh authorities find themselves forced to make concessions in individual political prisoners' cases.",
      ru: "Чтобы не допустить сокращения иностранных инвестиций и сохранить положительный международный имидж страны, власти Казахстана вынуждены идти на отдельные уступки по делам политзаключённых.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "kazakhstan-tightens-its-grip-on-civil-society",
    type: PublicationType.STATEMENT,
    title: {
      en: "Kazakhstan tightens its grip on civil society",
      ru: "Казахстан усиливает давление на гражданское общество",
    },
    summary: {
      en: "Brushing aside international criticism, Kazakhstan is tightening its grip on civil society; yet the wish to protect its image pushes the authorities into some concessions in political prisoners' cases.",
      ru: "Отвергая критику международного сообщества, Казахстан усиливает давление на гражданское общество; однако стремление сохранить имидж вынуждает власти идти на некоторые уступки по делам политзаключённых.",
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "kazakhstan-torture-commitments-remain-declarations",
    type: PublicationType.STATEMENT,
    title: {
      en: "Kazakhstan's commitments against torture remain declarations",
      ru: "Обязательства Казахстана по борьбе с пытками остаются декларацией",
    },
    summary: {
      en: "The Kazakh authorities say they do not tolerate torture and are ready to work with civil society against it, but these statements are not put into practice effectively.",
      ru: "Власти Казахстана заявляют о нетерпимости к пыткам и готовности сотрудничать с гражданским обществом в борьбе с ними, но эти заявления не воплощаются в жизнь эффективно.",
    },
    body: {
      en: `The Kazakh authorities say they do not tolerate torture and are ready to work with civil society against it. These statements remain declarations and are not put into practice effectively.

Kazakhstan is a party to the Convention against Torture and to the International Covenant on Civil and Political Rights.`,
      ru: `Власти Казахстана заявляют о нетерпимости к пыткам и готовности сотрудничать с гражданским обществом в борьбе с ними. Эти заявления остаются декларативными и не реализуются эффективно на практике.

Казахстан является участником Конвенции против пыток и Международного пакта о гражданских и политических правах.`,
    },
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
];

export const publications: DemoPublication[] = [...reports, ...news, ...statements];
