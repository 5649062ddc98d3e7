import { OrganisationKind } from "@/lib/generated/prisma/enums";
import type { DemoAffiliation, DemoOrganisation, DemoTag } from "./types";

export const tags: DemoTag[] = [
  { slug: "torture-reported", name: { en: "Torture reported", ru: "Сообщения о пытках" } },
  { slug: "health-at-risk", name: { en: "Health at risk", ru: "Угроза здоровью" } },
  { slug: "extradition-risk", name: { en: "At risk of extradition", ru: "Угроза экстрадиции" } },
  { slug: "crimea", name: { en: "Crimea", ru: "Крым" } },
  { slug: "echr-applicant", name: { en: "ECHR applicant", ru: "Заявитель в ЕСПЧ" } },
];

export const affiliations: DemoAffiliation[] = [
  {
    slug: "open-russia",
    name: { en: "Open Russia", ru: "«Открытая Россия»" },
    description: {
      en: "Russian opposition movement founded by Mikhail Khodorkovsky, a long-standing opponent of the authoritarian regime in Russia.",
      ru: "Российское оппозиционное движение, основанное Михаилом Ходорковским, давним противником авторитарного режима в России.",
    },
    countryCode: "RU",
  },
  {
    slug: "democratic-choice-of-kazakhstan",
    name: { en: "Democratic Choice of Kazakhstan", ru: "«Демократический выбор Казахстана»" },
    description: {
      en: "Peaceful opposition movement in Kazakhstan; people accused of supporting it have faced arbitrary detention, prosecution and torture.",
      ru: "Мирное оппозиционное движение в Казахстане; людей, обвинённых в его поддержке, произвольно задерживают, преследуют и подвергают пыткам.",
    },
    countryCode: "KZ",
  },
];

export const organisations: DemoOrganisation[] = [
  {
    slug: "open-dialogue-foundation",
    name: { en: "Open Dialogue Foundation", ru: "Фонд «Открытый диалог»" },
    kind: OrganisationKind.NGO,
  },
];
