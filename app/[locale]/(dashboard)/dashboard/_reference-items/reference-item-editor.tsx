import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { openItemEditor, type ItemEditorPageProps } from "./item-editor-request";
import { ReferenceItemForm } from "@/components/dashboard/content/reference-item-form";
import { REFERENCE_ACTIONS } from "@/lib/actions/reference-items/reference-action-map";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { can } from "@/lib/auth/policy";
import type { LocalizedText } from "@/lib/content-model/localized";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getReferenceItemForEditor } from "@/lib/data/reference-items/reference-item-editor";
import {
  hasCountryField,
  localizedFieldNames,
  referenceType,
  valueFields,
  type DisplayText,
  type EditorValues,
  type ReferenceTypeDescriptor,
  type ReferenceTypeName,
} from "@/lib/reference-types";
import { dashboardRoutes } from "@/lib/routes";
import { translationStatus } from "@/lib/validation/localized";

/** The stored values as the names the edit form posts (fields set only when creating left out). */
function editValues(descriptor: ReferenceTypeDescriptor, values: EditorValues): FormValues {
  const result: FormValues = {};
  for (const field of valueFields(descriptor)) {
    if (field.kind === "text" && field.createOnly) continue;
    const value = values[field.name];
    if (field.kind === "localized") {
      Object.assign(result, localizedValues(field.name, value as LocalizedText));
    } else {
      result[field.name] = (value as string | null) ?? "";
    }
  }
  return result;
}

/**
 * The page of one reference item (tag, country, facility …; its address segment is its key, a
 * country's code): its header with version, history link and a read-only notice when the actor
 * may not save, the form, and the delete section. The policy is asked here only to hide what the
 * actor cannot do; the actions ask it again.
 */
export async function ReferenceItemEditor({
  type,
  ...props
}: ItemEditorPageProps & { type: ReferenceTypeName }) {
  const descriptor = referenceType(type);
  const { locale, actor, id, created } = await openItemEditor(props);
  const key = descriptor.key === "code" ? decodeURIComponent(id) : id;
  const [item, countries, t] = await Promise.all([
    getReferenceItemForEditor(actor, type, key),
    hasCountryField(descriptor) ? listCountryOptions(actor, locale) : [],
    getTranslations("ContentEditor"),
  ]);
  if (!item) notFound();
  // A descriptor's message (an article's number) is a key of its section, with its values.
  const message = t as unknown as (key: string, values: Record<string, string>) => string;
  const display = (text: DisplayText) =>
    typeof text === "string" ? text : message(`${descriptor.section}.${text.message}`, text.values);
  const actions = REFERENCE_ACTIONS[type];
  return (
    <ContentClientMessages>
      <ItemHeader
        title={descriptor.title(item.values, locale, display)}
        version={item.version}
        updatedAt={item.updatedAt}
        translation={translationStatus(
          localizedFieldNames(descriptor).map((name) => item.values[name] as LocalizedText),
        )}
        historyHref={dashboardRoutes.history(descriptor.type, item.key)}
        created={created}
        readOnly={!can(actor, "update", { type: descriptor.type })}
      />
      <ReferenceItemForm
        type={type}
        action={actions.update}
        initialValues={editValues(descriptor, item.values)}
        countries={countrySelectOptions(countries)}
        id={item.key}
        version={item.version}
      />
      <DeleteSection
        actor={actor}
        type={descriptor.type}
        usage={item.usage}
        action={actions.delete}
        id={item.key}
        version={item.version}
      />
    </ContentClientMessages>
  );
}
