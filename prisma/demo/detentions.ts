import { DatePrecision, FacilityKind, LetterArrival } from "@/lib/generated/prisma/enums";
import type { DemoDetention } from "./types";

/**
 * Places of detention where a teaser names a move or a place. The teasers name no facility, so
 * the facilities are named for what the teaser says (a town, a country) and each note says so.
 */

const year2014 = { date: "2014-01-01", precision: DatePrecision.YEAR } as const;

/**
 * "Ukrainian activists abducted from the territory of Crimea": taken from Crimea to Russia.
 * The teasers give neither the places nor the year: both are illustrative, and the notes say so.
 */
export const sentsovDetentions: DemoDetention[] = [
  {
    key: "crimea",
    facility: {
      slug: "demo-place-of-detention-crimea",
      name: {
        en: "Place of detention in Crimea (illustrative)",
        ru: "Место содержания в Крыму (для примера)",
      },
      kind: FacilityKind.OTHER,
      countryCode: "UA",
      region: { en: "Crimea (occupied)", ru: "Крым (оккупирован)" },
    },
    startedOn: year2014,
    endedOn: year2014,
    note: {
      en: "Illustrative: the reference says he was abducted from Crimea; it does not name the place he was first held.",
      ru: "Для примера: в источнике сказано, что его похитили с территории Крыма; место, где его держали сначала, не названо.",
    },
  },
  {
    key: "russia",
    facility: {
      slug: "demo-pretrial-detention-russia",
      name: {
        en: "Pre-trial detention in Russia (illustrative)",
        ru: "Следственный изолятор в России (для примера)",
      },
      kind: FacilityKind.PRETRIAL_DETENTION_CENTRE,
      countryCode: "RU",
      // Illustrative: a made-up address in Russian Post's layout, not a real facility's.
      postalAddress: "101000, ФКУ СИЗО (адрес для примера)\nул. Примерная, д. 1\nг. Москва",
      lettersArrive: LetterArrival.ARRIVE,
      lettersCheckedOn: "2026-11-20",
    },
    addressPublic: true,
    startedOn: year2014,
    note: {
      en: "Illustrative: the reference says he was taken from Crimea and tried in Russia; it does not name the facility.",
      ru: "Для примера: в источнике сказано, что его вывезли из Крыма и судили в России; учреждение не названо.",
    },
  },
];

/** "Released from prison" on 19 March 2020 after a court in Semey ordered his parole. */
export const dzhakishevDetentions: DemoDetention[] = [
  {
    key: "semey",
    facility: {
      slug: "demo-prison-semey",
      name: {
        en: "Prison in the Semey area (illustrative)",
        ru: "Место заключения в районе Семея (для примера)",
      },
      kind: FacilityKind.PRISON,
      countryCode: "KZ",
    },
    endedOn: { date: "2020-03-19", precision: DatePrecision.DAY },
    note: {
      en: "Illustrative: the reference names the court in Semey that ordered his release and the day he left prison, not the prison itself.",
      ru: "Для примера: в источнике названы суд в Семее, постановивший освободить его, и день выхода на свободу, но не само учреждение.",
    },
  },
];

/**
 * The teasers name no place of detention for Iskander Yerimbetov: the facility and its address
 * are illustrative, so that the "Write a letter" page can show a Kazakh envelope.
 */
export const yerimbetovDetentions: DemoDetention[] = [
  {
    key: "kazakhstan",
    facility: {
      slug: "demo-penal-colony-kazakhstan",
      name: {
        en: "Penal colony in Kazakhstan (illustrative)",
        ru: "Исправительное учреждение в Казахстане (для примера)",
      },
      kind: FacilityKind.PENAL_COLONY,
      countryCode: "KZ",
      postalAddress: "010000, Учреждение (адрес для примера)\nул. Примерная, 1\nг. Астана",
    },
    addressPublic: true,
    note: {
      en: "Illustrative: the reference does not say where he is held; the place and its address are made up for the demo.",
      ru: "Для примера: в источнике не сказано, где он содержится; учреждение и адрес придуманы для демонстрации.",
    },
  },
];

/**
 * Oleksandr Kolchenko: an illustrative facility whose letters do not arrive, so that the demo
 * shows the "Write a letter" page without an address.
 */
export const kolchenkoDetentions: DemoDetention[] = [
  {
    key: "russia",
    facility: {
      slug: "demo-penal-colony-russia",
      name: {
        en: "Penal colony in Russia (illustrative)",
        ru: "Исправительная колония в России (для примера)",
      },
      kind: FacilityKind.PENAL_COLONY,
      countryCode: "RU",
      postalAddress: "600000, ФКУ ИК (адрес для примера)\nул. Примерная, д. 2\nг. Владимир",
      lettersArrive: LetterArrival.DO_NOT_ARRIVE,
      lettersCheckedOn: "2026-11-25",
    },
    addressPublic: true,
    note: {
      en: "Illustrative: the reference does not name the colony; the place, its address and the note that letters do not arrive are made up for the demo.",
      ru: "Для примера: в источнике колония не названа; учреждение, адрес и отметка о том, что письма не доходят, придуманы для демонстрации.",
    },
  },
];
