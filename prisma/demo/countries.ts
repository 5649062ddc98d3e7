import type { DemoCountry } from "./types";

/** Prosecuting states, countries of asylum and the signatories' countries the demo content refers to. */
export const countries: DemoCountry[] = [
  { code: "KZ", slug: "kazakhstan", name: { en: "Kazakhstan", ru: "Казахстан" } },
  { code: "RU", slug: "russia", name: { en: "Russia", ru: "Россия" } },
  { code: "UA", slug: "ukraine", name: { en: "Ukraine", ru: "Украина" } },
  { code: "BY", slug: "belarus", name: { en: "Belarus", ru: "Беларусь" } },
  { code: "AT", slug: "austria", name: { en: "Austria", ru: "Австрия" } },
  { code: "BE", slug: "belgium", name: { en: "Belgium", ru: "Бельгия" } },
  { code: "IT", slug: "italy", name: { en: "Italy", ru: "Италия" } },
  { code: "PL", slug: "poland", name: { en: "Poland", ru: "Польша" } },
  { code: "US", slug: "united-states", name: { en: "United States", ru: "США" } },
];
