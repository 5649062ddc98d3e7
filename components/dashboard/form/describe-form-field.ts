import { valueList } from "@/components/dashboard/form/conflict-merge";
import type { FormValue } from "@/lib/actions/staff-action-state";

/**
 * How the form itself names a field and shows its values, read from the rendered form: its label
 * (with the enclosing group's legend, e.g. "Title › English"), and for choices the text of each
 * option ("Imprisoned", not "IMPRISONED"). The conflict panel compares versions in these words,
 * so that every form gets them without a second list of labels to keep in step.
 */
export interface FormFieldDescription {
  label: string | null;
  /** Option value → visible text, for selects, checkboxes and radios. */
  options: Record<string, string>;
  /** A lone checkbox: shown as its label being ticked or not. */
  lone: boolean;
  /** Rich text, posted as a JSON document in a hidden input: shown as its text. */
  richText: boolean;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function text(node: Element | null | undefined): string | null {
  // The "(required)" marker is part of the label's text; it says nothing about the value.
  const value = node?.textContent?.replace(/\s+/g, " ").trim();
  return value ? value : null;
}

function controlsNamed(form: HTMLFormElement, name: string): Control[] {
  return [...form.elements].filter(
    (element): element is Control =>
      "name" in element && (element as Control).name === name && element.tagName !== "BUTTON",
  );
}

export function describeFormField(
  form: HTMLFormElement | null,
  name: string,
): FormFieldDescription {
  const empty: FormFieldDescription = { label: null, options: {}, lone: false, richText: false };
  if (!form) return empty;
  const controls = controlsNamed(form, name);
  const first = controls[0];
  if (!first) return empty;
  const options: Record<string, string> = {};
  if (first instanceof HTMLSelectElement) {
    for (const option of first.options) options[option.value] = option.text.trim();
  }
  const choice = first instanceof HTMLInputElement && /^(checkbox|radio)$/.test(first.type);
  if (choice) {
    for (const control of controls) options[control.value] = text(control.labels?.[0]) ?? "";
  }
  const lone = choice && controls.length === 1;
  const legend = text(first.closest("fieldset")?.querySelector("legend"));
  const own = lone || !choice ? text(first.labels?.[0]) : null;
  const label = own && legend && !own.startsWith(legend) ? `${legend} › ${own}` : (own ?? legend);
  const richText = first instanceof HTMLInputElement && first.type === "hidden";
  return { label, options, lone, richText };
}

/** The words of a rich-text document (nodes with `text` and `content`), or the value as is. */
function documentText(json: string): string {
  const words: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const { text: own, content } = node as { text?: unknown; content?: unknown };
    if (typeof own === "string") words.push(own);
    if (Array.isArray(content)) content.forEach(walk);
  };
  try {
    walk(JSON.parse(json));
  } catch {
    return json;
  }
  return words.join(" ").replace(/\s+/g, " ").trim();
}

/** A value as the editor sees it in the form; `empty` when there is none. */
export function displayFormValue(
  value: FormValue | undefined,
  description: FormFieldDescription,
  words: { empty: string; ticked: string; notTicked: string },
): string {
  const list = valueList(value);
  if (description.lone) return list.length > 0 ? words.ticked : words.notTicked;
  if (list.length === 0) return words.empty;
  const shown = list
    .map((item) => {
      if (description.options[item] !== undefined) return description.options[item] || item;
      if (description.richText) return documentText(item);
      return item;
    })
    .filter((item) => item !== "")
    .join(", ");
  return shown || words.empty;
}
