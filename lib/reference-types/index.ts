import { affiliationType } from "@/lib/reference-types/affiliation";
import { countryType } from "@/lib/reference-types/country";
import { criminalCodeArticleType } from "@/lib/reference-types/criminal-code-article";
import { facilityType } from "@/lib/reference-types/facility";
import { organisationType } from "@/lib/reference-types/organisation";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types/reference-type";
import { tagType } from "@/lib/reference-types/tag";

export type * from "@/lib/reference-types/reference-type";
export {
  fieldLabel,
  hasCountryField,
  localizedFieldNames,
  referenceSections,
  valueFields,
} from "@/lib/reference-types/reference-type";

/**
 * The reference types, by the policy's name, in the dashboard menu's order. A new one is a descriptor file here, its zod schema
 * (lib/validation), its messages (`ContentEditor.<section>`), and what every content type needs
 * (the Prisma model, the policy's ContentType, the content store's registry entry).
 */
export const REFERENCE_TYPES = {
  facility: facilityType,
  criminalCodeArticle: criminalCodeArticleType,
  tag: tagType,
  country: countryType,
  affiliation: affiliationType,
  organisation: organisationType,
} as const satisfies Record<string, ReferenceTypeDescriptor>;

export type ReferenceTypeName = keyof typeof REFERENCE_TYPES;

export function referenceType(name: ReferenceTypeName): ReferenceTypeDescriptor {
  return REFERENCE_TYPES[name];
}

type Descriptors = (typeof REFERENCE_TYPES)[ReferenceTypeName];

/** The export lists of the reference types ("tags", "countries" …). */
export type ReferenceExportList = NonNullable<
  Extract<Descriptors, { export: object }>["export"]
>["list"];

/** The name of the type's export list, when it has one. */
export function referenceExportList(name: ReferenceTypeName): ReferenceExportList | undefined {
  return referenceType(name).export?.list as ReferenceExportList | undefined;
}

/** The reference types that have an export. */
export const REFERENCE_EXPORTS = (
  Object.values(REFERENCE_TYPES) as ReferenceTypeDescriptor[]
).filter((descriptor) => descriptor.export !== undefined) as (ReferenceTypeDescriptor & {
  export: { list: ReferenceExportList };
})[];
