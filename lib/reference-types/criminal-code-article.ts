import { localizedString, type LocalizedText } from "@/lib/content-model/localized";
import type { DisplayText, ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { criminalCodeArticleSchema } from "@/lib/validation/criminal-code-article";
import { CONTENT_NAME_MAX } from "@/lib/validation/reference-item";

/** "Art. 274" or "Art. 274 part 2 (b)". */
function articleNumber(values: Record<string, unknown>): DisplayText {
  const article = String(values.article ?? "");
  const part = String(values.part ?? "");
  return part
    ? { message: "labelWithPart", values: { article, part } }
    : { message: "label", values: { article } };
}

/**
 * An article (and optionally a part) of a state's criminal code. Country, code, article and part
 * are its natural key: a second article with the same key is reported on the article number.
 */
export const criminalCodeArticleType = {
  type: "criminalCodeArticle",
  table: "CriminalCodeArticle",
  key: "id",
  section: "article",
  schema: criminalCodeArticleSchema,
  fields: [
    {
      kind: "country",
      section: "code",
      name: "countryCode",
      label: "country",
      required: true,
      placeholder: "countryChoose",
      className: "max-w-md",
    },
    {
      kind: "text",
      name: "code",
      label: "codeShort",
      hint: "codeShortHint",
      input: { required: true, autoComplete: "off" },
    },
    {
      kind: "localized",
      name: "codeName",
      label: "codeName",
      required: true,
      maxLength: CONTENT_NAME_MAX,
    },
    {
      kind: "row",
      section: "article",
      fields: [
        {
          kind: "text",
          name: "article",
          label: "article",
          hint: "articleHint",
          input: { required: true, autoComplete: "off", spellCheck: false, maxLength: 40 },
        },
        {
          kind: "text",
          name: "part",
          label: "part",
          hint: "partHint",
          input: { autoComplete: "off", spellCheck: false, maxLength: 40 },
        },
      ],
    },
    {
      kind: "localized",
      name: "title",
      label: "title",
      required: true,
      multiline: true,
      rows: 2,
      maxLength: CONTENT_NAME_MAX * 2,
    },
  ],
  list: {
    search: ["code", "codeName", "article", "title"],
    orderBy: ["countryCode", "code", "article", "part"],
    countryFilter: true,
    name: { key: "article", header: "article", text: articleNumber },
    columns: [
      { key: "title", header: "title", field: "title", empty: "—" },
      { key: "code", header: "codeShort", field: "code" },
      { key: "country", header: "country", field: "countryCode" },
    ],
  },
  // Charges citing the article (the database refuses to delete it while they exist).
  usage: { relations: ["charges"], inUseCode: "articleInUse" },
  naturalKey: {
    columns: ["countryCode", "code", "article", "part"],
    field: "article",
    code: "articleTaken",
  },
  title: (values, locale, text) => {
    const number = text(articleNumber(values));
    const title = localizedString(values.title as LocalizedText, locale);
    return title ? `${number}: ${title}` : number;
  },
  export: {
    list: "articles",
    columns: [
      { header: "id", field: "id" },
      { header: "country_code", field: "countryCode" },
      { header: "code", field: "code" },
      { prefix: "code_name", field: "codeName", localized: true },
      { header: "article", field: "article" },
      { header: "part", field: "part" },
      { prefix: "title", field: "title", localized: true },
    ],
  },
} as const satisfies ReferenceTypeDescriptor;
