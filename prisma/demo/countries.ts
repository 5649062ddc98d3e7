import {
  letterRulesBelarus,
  letterRulesCrimea,
  letterRulesKazakhstan,
  letterRulesRussia,
} from "./letter-rules";
import type { DemoCountry } from "./types";

/** Prosecuting states, countries of asylum and the signatories' countries the demo content refers to. */
export const countries: DemoCountry[] = [
  {
    code: "KZ",
    slug: "kazakhstan",
    name: { en: "Kazakhstan", ru: "Казахстан" },
    letterRules: letterRulesKazakhstan,
  },
  {
    code: "RU",
    slug: "russia",
    name: { en: "Russia", ru: "Россия" },
    letterRules: letterRulesRussia,
  },
  {
    code: "UA",
    slug: "ukraine",
    name: { en: "Ukraine", ru: "Украина" },
    letterRules: letterRulesCrimea,
  },
  {
    code: "BY",
    slug: "belarus",
    name: { en: "Belarus", ru: "Беларусь" },
    letterRules: letterRulesBelarus,
  },
  { code: "AT", slug: "austria", name: { en: "Austria", ru: "Австрия" } },
  { code: "BE", slug: "belgium", name: { en: "Belgium", ru: "Бельгия" } },
  { code: "IT", slug: "italy", name: { en: "Italy", ru: "Италия" } },
  { code: "PL", slug: "poland", name: { en: "Poland", ru: "Польша" } },
  { code: "US", slug: "united-states", name: { en: "United States", ru: "США" } },
];
