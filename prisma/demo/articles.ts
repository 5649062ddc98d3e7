import type { ArticleKey, DemoArticle } from "./types";

export const kazakhCriminalCode = {
  countryCode: "KZ",
  code: "Criminal Code of the Republic of Kazakhstan",
  codeName: {
    en: "Criminal Code of the Republic of Kazakhstan",
    ru: "Уголовный кодекс Республики Казахстан",
  },
} as const;

export const spreadingFalseInformationKz: ArticleKey = {
  countryCode: kazakhCriminalCode.countryCode,
  code: kazakhCriminalCode.code,
  article: "274",
};

export const criminalCodeArticles: DemoArticle[] = [
  {
    ...spreadingFalseInformationKz,
    codeName: kazakhCriminalCode.codeName,
    title: {
      en: "Spreading knowingly false information",
      ru: "Распространение заведомо ложной информации",
    },
  },
];
