"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";

/**
 * What a dashboard form shows after a submission: the values the user submitted (echoed back by
 * the server, so nothing typed is lost, with or without JavaScript) and the field errors, keyed
 * by the field's form name (`name.en`, `cases.0.verdictOn`). Every field of the kit reads its
 * default value and its error from here.
 */
export type FormValues = Record<string, string | string[]>;

/** Field name → error: a key of `EditorForm.errors` or an already translated message. */
export type FormFieldErrors = Record<string, string>;

interface FormStateValue {
  values: FormValues;
  errors: FormFieldErrors;
  /** Prefix of every control id, so that two forms on a page never share one. */
  idPrefix: string;
}

const FormStateContext = createContext<FormStateValue>({ values: {}, errors: {}, idPrefix: "" });

export function FormStateProvider({
  values,
  errors,
  idPrefix = "",
  children,
}: {
  values: FormValues;
  errors: FormFieldErrors;
  idPrefix?: string;
  children: ReactNode;
}) {
  return (
    <FormStateContext.Provider value={{ values, errors, idPrefix }}>
      {children}
    </FormStateContext.Provider>
  );
}

/** The id of a field's control: the form name made safe for ids and fragment links. */
export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}${name}`.replace(/[^A-Za-z0-9_-]/g, "-");
}

/** The error text of a field: translated when it is a key of `EditorForm.errors`. */
export function useErrorText(): (error: string | undefined) => string | undefined {
  const t = useTranslations("EditorForm.errors");
  return (error) => {
    if (!error) return undefined;
    return t.has(error as Parameters<typeof t>[0]) ? t(error as Parameters<typeof t>[0]) : error;
  };
}

export interface FieldState {
  id: string;
  /** The submitted or stored value as text (the first one for a multi-valued field). */
  value: string;
  /** Every submitted value (checkbox groups, multi-selects). */
  values: string[];
  error: string | undefined;
}

export function useFieldState(name: string): FieldState {
  const { values, errors, idPrefix } = useContext(FormStateContext);
  const errorText = useErrorText();
  const raw = values[name];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  // A list field reports errors on its items ("roles.1"): show the first on the field itself.
  const error =
    errors[name] ??
    Object.entries(errors).find(
      ([key]) => key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1)),
    )?.[1];
  return {
    id: fieldId(idPrefix, name),
    value: list[0] ?? "",
    values: list,
    error: errorText(error),
  };
}

/** The form's errors as [field name, translated text] pairs, in form order, for the summary. */
export function useFormErrors(): { name: string; id: string; text: string }[] {
  const { errors, idPrefix } = useContext(FormStateContext);
  const errorText = useErrorText();
  return Object.entries(errors).map(([name, error]) => ({
    name,
    // An error on a list item ("roles.1") points at the list's own control.
    id: fieldId(idPrefix, name.replace(/\.\d+$/, "")),
    text: errorText(error) ?? error,
  }));
}

/** Every value the form shows (stored or submitted), for what reads several rows at once. */
export function useFormValues(): FormValues {
  return useContext(FormStateContext).values;
}

/**
 * How many rows a repeatable list shows: after a submission, the count the form posted (plus one
 * when the user asked for another row); otherwise the stored rows plus one spare row.
 */
export function useRowCount(name: string): number {
  const { values } = useContext(FormStateContext);
  const posted = Number(values[`${name}Count`]);
  const added = values.intent === `add:${name}` ? 1 : 0;
  if (Number.isInteger(posted) && posted > 0) return posted + added;
  const prefix = `${name}.`;
  let stored = 0;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(index)) stored = Math.max(stored, index + 1);
  }
  return stored + 1 + added;
}
