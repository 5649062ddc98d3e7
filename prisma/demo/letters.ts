import { LetterKind, LetterState } from "@/lib/generated/prisma/enums";
import type { BilingualText, DemoLetter } from "./types";

/**
 * Open letters the reference reports, plus one petition that exists only to show how signing works
 * (its title and summary say so). The full texts of the real letters are not in the reference, so
 * each body summarises what the reference says about the letter and says that it is a summary.
 */

const presidentOfKazakhstan: BilingualText = {
  en: "President of the Republic of Kazakhstan",
  ru: "Президент Республики Казахстан",
};

const tokayev: BilingualText = { en: "Kassym-Jomart Tokayev", ru: "Касым-Жомарт Токаев" };

const mep: BilingualText = {
  en: "Member of the European Parliament",
  ru: "Депутат Европейского парламента",
};
const usSenator: BilingualText = { en: "United States Senator", ru: "Сенатор США" };

const summaryNotice: BilingualText = {
  en: "This is a summary; the full text of the letter is not reproduced here.",
  ru: "Это краткое изложение; полный текст письма здесь не приводится.",
};

function withNotice(body: BilingualText): BilingualText {
  return { en: `${body.en}\n\n${summaryNotice.en}`, ru: `${body.ru}\n\n${summaryNotice.ru}` };
}

export const letters: DemoLetter[] = [
  {
    slug: "twenty-four-meps-to-president-tokayev-2020",
    kind: LetterKind.OPEN_LETTER,
    state: LetterState.DELIVERED,
    title: {
      en: "Twenty-four MEPs write to President Tokayev",
      ru: "Двадцать четыре евродепутата обращаются к президенту Токаеву",
    },
    summary: {
      en: "Two letters signed by twenty-four Members of the European Parliament from 14 EU member states, addressed to President Kassym-Jomart Tokayev about the deeply worrying human-rights trend in Kazakhstan.",
      ru: "Два письма, подписанные двадцатью четырьмя депутатами Европейского парламента из 14 государств — членов ЕС, адресованные президенту Касым-Жомарту Токаеву в связи с крайне тревожной ситуацией с правами человека в Казахстане.",
    },
    addresseeName: tokayev,
    addresseeOffice: presidentOfKazakhstan,
    sentOn: "2020-10-16",
    body: withNotice({
      en: "On 16 October 2020, twenty-four Members of the European Parliament representing 14 EU member states addressed two letters to President Kassym-Jomart Tokayev. They wrote in response to the extremely worrying trend in human rights in Kazakhstan.",
      ru: "16 октября 2020 года двадцать четыре депутата Европейского парламента, представляющие 14 государств — членов ЕС, направили два письма президенту Касым-Жомарту Токаеву. Поводом стала крайне тревожная тенденция в сфере прав человека в Казахстане.",
    }),
    signatories: [],
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "eight-meps-to-president-nazarbayev-2018",
    kind: LetterKind.OPEN_LETTER,
    state: LetterState.DELIVERED,
    title: {
      en: "Eight MEPs' open letter to President Nazarbayev",
      ru: "Открытое письмо восьми евродепутатов президенту Назарбаеву",
    },
    summary: {
      en: "Eight Members of the European Parliament criticise the human-rights situation in Kazakhstan and the shrinking space for civil liberties.",
      ru: "Восемь депутатов Европейского парламента критикуют ситуацию с правами человека в Казахстане и сужение пространства гражданских свобод.",
    },
    addresseeName: { en: "Nursultan Nazarbayev", ru: "Нурсултан Назарбаев" },
    addresseeOffice: presidentOfKazakhstan,
    sentOn: "2018-07-12",
    body: withNotice({
      en: "On 12 July 2018, eight Members of the European Parliament signed an open letter to President Nursultan Nazarbayev condemning the human-rights situation in Kazakhstan. The signatories denounced the narrowing of the space for civil liberties in the country.",
      ru: "12 июля 2018 года восемь депутатов Европейского парламента подписали открытое письмо президенту Нурсултану Назарбаеву, осуждающее положение с правами человека в Казахстане. Авторы письма выступили против сужения пространства гражданских свобод в стране.",
    }),
    signatories: [
      "J. Stetina",
      "P. Austrevicius",
      "T. Kelam",
      "W. Klinz",
      "A. Gomes",
      "H. Hautala",
      "V. Mazuronis",
      "J. Nart",
    ].map((name) => ({ name, office: mep })),
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "us-senators-call-for-release-of-iskander-yerimbetov",
    kind: LetterKind.OPEN_LETTER,
    state: LetterState.DELIVERED,
    title: {
      en: "Seventeen US senators call for the release of Iskander Yerimbetov",
      ru: "Семнадцать сенаторов США призывают освободить Искандера Еримбетова",
    },
    summary: {
      en: "A bipartisan letter of concern from seventeen United States senators to President Kassym-Jomart Tokayev, calling for the release of political prisoner Iskander Yerimbetov.",
      ru: "Двухпартийное письмо семнадцати сенаторов США президенту Касым-Жомарту Токаеву с выражением обеспокоенности и призывом освободить политзаключённого Искандера Еримбетова.",
    },
    addresseeName: tokayev,
    addresseeOffice: presidentOfKazakhstan,
    // The reference dates the letter "29 July" without a year, so no date is stored.
    body: withNotice({
      en: "In a letter dated 29 July, seventeen United States senators expressed their concern to President Kassym-Jomart Tokayev and called for the release of political prisoner Iskander Yerimbetov. The letter was a bipartisan initiative of senators Marco Rubio and Robert Menendez; Bernie Sanders and Tim Kaine were among its other signatories.",
      ru: "В письме от 29 июля семнадцать сенаторов США выразили президенту Касым-Жомарту Токаеву свою обеспокоенность и призвали освободить политзаключённого Искандера Еримбетова. Письмо стало двухпартийной инициативой сенаторов Марко Рубио и Роберта Менендеса; среди других подписавших — Берни Сандерс и Тим Кейн.",
    }),
    signatories: ["Marco Rubio", "Robert Menendez", "Bernie Sanders", "Tim Kaine"].map((name) => ({
      name,
      office: usSenator,
      countryCode: "US",
    })),
    prisonerSlugs: ["iskander-yerimbetov"],
    countryCodes: ["KZ", "US"],
  },
  {
    slug: "meps-to-the-authorities-of-kazakhstan-2017",
    kind: LetterKind.OPEN_LETTER,
    state: LetterState.DELIVERED,
    title: {
      en: "MEPs write to the highest authorities of Kazakhstan",
      ru: "Евродепутаты обращаются к высшему руководству Казахстана",
    },
    summary: {
      en: "A group of Members of the European Parliament raise the human-rights situation in Kazakhstan and individual cases of politically motivated prosecution.",
      ru: "Группа депутатов Европейского парламента поднимает вопрос о положении с правами человека в Казахстане и об отдельных случаях политически мотивированного преследования.",
    },
    addresseeName: {
      en: "The highest authorities of the Republic of Kazakhstan",
      ru: "Высшее руководство Республики Казахстан",
    },
    sentOn: "2017-12-13",
    body: withNotice({
      en: "On 13 December 2017, a group of Members of the European Parliament signed a letter addressed directly to the highest authorities of the Republic of Kazakhstan. They expressed concern about the human-rights situation and about individual cases of politically motivated prosecution, and made demands about a specific case.",
      ru: "13 декабря 2017 года группа депутатов Европейского парламента подписала письмо, адресованное непосредственно высшему руководству Республики Казахстан. Они выразили обеспокоенность положением с правами человека и отдельными случаями политически мотивированного преследования, а также выдвинули требования по конкретному делу.",
    }),
    signatories: [],
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
  {
    slug: "demo-petition-free-kazakhstans-political-prisoners",
    kind: LetterKind.PETITION,
    state: LetterState.OPEN,
    title: {
      en: "Demo petition: free Kazakhstan's political prisoners",
      ru: "Демонстрационная петиция: свободу политзаключённым Казахстана",
    },
    summary: {
      en: "Demonstration content: this petition shows how signing works in Vigil. It is not a real campaign and will not be delivered.",
      ru: "Демонстрационный материал: эта петиция показывает, как в Vigil собираются подписи. Это не настоящая кампания, и она не будет доставлена адресату.",
    },
    addresseeName: tokayev,
    addresseeOffice: presidentOfKazakhstan,
    goal: 1000,
    body: {
      en: `This is a demonstration petition. It shows how Vigil collects signatures and is not a real campaign.

Dear President Tokayev,

Kazakhstan is a party to the Convention against Torture and to the International Covenant on Civil and Political Rights. Yet political prisoners remain in Kazakhstan's prisons and pre-trial detention facilities.

We call on you to release everyone held for political reasons and to see that every report of torture is investigated.`,
      ru: `Это демонстрационная петиция. Она показывает, как Vigil собирает подписи, и не является настоящей кампанией.

Уважаемый господин Президент!

Казахстан является участником Конвенции против пыток и Международного пакта о гражданских и политических правах. Тем не менее политические заключённые по-прежнему находятся в тюрьмах и следственных изоляторах Казахстана.

Мы призываем Вас освободить всех, кого удерживают по политическим мотивам, и обеспечить расследование каждого сообщения о пытках.`,
    },
    signatories: [],
    prisonerSlugs: [],
    countryCodes: ["KZ"],
  },
];
