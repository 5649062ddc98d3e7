import type { NameBook } from "@/lib/data/history-references";
import type { ValueWords } from "@/components/dashboard/history/format-value";

/** A translator over the whole message tree (next-intl's, without a namespace). */
export interface RootTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
}

/**
 * Where the form finds the labels of each enum field: the same messages, so the history says
 * what the editor chose. A key used by several models ("kind", "type") lists every namespace;
 * the first that knows the value wins (the values differ, or mean the same).
 */
const ENUM_NAMESPACES: Record<string, string[]> = {
  status: ["PrisonerStatus"],
  state: ["Workflow.states"],
  stage: ["ProfileCases.stageName"],
  sentenceKind: ["ProfileSentence.kind"],
  regime: ["ProfileSentence.regimeName"],
  gender: ["PrisonerEditor.genders"],
  roles: ["PrisonerEditor.roles"],
  script: ["PrisonerEditor.scripts"],
  criterion: ["ProfileCriteria.criterion"],
  confidence: ["SourceEditor.confidence"],
  type: ["ProfileTimeline.eventType", "PublicationType"],
  kind: [
    "PrisonerEditor.nameKinds",
    "ProfileCriteria.recognitionKind",
    "ContentEditor.facilityKinds",
    "ContentEditor.organisationKinds",
    "LetterKind",
  ],
};

const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

/** The words of the history view for one locale, from its messages and the page's names. */
export function createValueWords(t: RootTranslator, locale: string, names: NameBook): ValueWords {
  const dayFormat = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  const formats: Record<string, Intl.DateTimeFormat> = {
    DAY: dayFormat({ day: "numeric", month: "long", year: "numeric" }),
    MONTH: dayFormat({ month: "long", year: "numeric" }),
    YEAR: dayFormat({ year: "numeric" }),
  };
  const moment = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  const fieldName = createFieldName(t);
  return {
    locale,
    empty: t("History.empty"),
    yes: t("History.yes"),
    no: t("History.no"),
    hidden: t("History.hiddenSensitive"),
    untitled: t("History.untitled"),
    deleted: () => t("History.deletedItem"),
    field: (key) => fieldName(key) ?? key,
    enumLabel: (key, value) => {
      if (!ENUM_VALUE.test(value)) return null;
      const namespaces = key.endsWith("Precision") ? ["History.precision"] : ENUM_NAMESPACES[key];
      const found = namespaces?.find((namespace) => t.has(`${namespace}.${value}`));
      return found ? t(`${found}.${value}`) : null;
    },
    date: (day, precision) =>
      (formats[precision] ?? formats.DAY!).format(new Date(`${day}T00:00:00Z`)),
    moment: (iso) => moment.format(new Date(iso)),
    names,
  };
}

/** Field names only where a person can read them: row ids along a path give null. */
export function createFieldName(t: RootTranslator): (key: string) => string | null {
  return (key) =>
    /^[A-Za-z]+$/.test(key) && t.has(`History.fields.${key}`) ? t(`History.fields.${key}`) : null;
}
