import { Parser } from "htmlparser2";

/**
 * A dashboard form as a browser without JavaScript posts it: every field of the form in the
 * page (hidden inputs, including React's $ACTION_ fields that name the server action, text,
 * textareas, selected options, ticked boxes), which a test then changes as a person would and
 * posts to the page. No field the person did not touch is lost, so a save changes only what the
 * test meant to change.
 */
export type FormFields = [name: string, value: string][];

interface OpenForm {
  fields: FormFields;
  select?: { name: string; multiple: boolean; values: string[]; first?: string };
  option?: { value?: string; selected: boolean; text: string };
  textarea?: { name: string; text: string };
}

/** The fields of the first form in `html` that has a field named `withField`. */
export function formWithField(html: string, withField: string): FormFields {
  const forms: FormFields[] = [];
  let form: OpenForm | undefined;
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (tag === "form") {
        form = { fields: [] };
        return;
      }
      if (!form || "disabled" in attributes) return;
      const name = attributes.name;
      if (tag === "input" && name) {
        const type = (attributes.type ?? "text").toLowerCase();
        if (["submit", "button", "image", "reset", "file"].includes(type)) return;
        if ((type === "checkbox" || type === "radio") && !("checked" in attributes)) return;
        form.fields.push([name, attributes.value ?? (type === "checkbox" ? "on" : "")]);
      } else if (tag === "textarea" && name) {
        form.textarea = { name, text: "" };
      } else if (tag === "select" && name) {
        form.select = { name, multiple: "multiple" in attributes, values: [] };
      } else if (tag === "option" && form.select) {
        form.option = { value: attributes.value, selected: "selected" in attributes, text: "" };
      }
    },
    ontext(text) {
      if (form?.textarea) form.textarea.text += text;
      if (form?.option) form.option.text += text;
    },
    onclosetag(tag) {
      if (!form) return;
      if (tag === "textarea" && form.textarea) {
        // A browser drops the one newline that follows <textarea>.
        form.fields.push([form.textarea.name, form.textarea.text.replace(/^\n/, "")]);
        form.textarea = undefined;
      } else if (tag === "option" && form.option && form.select) {
        const value = form.option.value ?? form.option.text.trim();
        form.select.first ??= value;
        if (form.option.selected) form.select.values.push(value);
        form.option = undefined;
      } else if (tag === "select" && form.select) {
        const { name, multiple, values, first } = form.select;
        const chosen = values.length > 0 ? values : !multiple && first !== undefined ? [first] : [];
        for (const value of multiple ? chosen : chosen.slice(-1)) form.fields.push([name, value]);
        form.select = undefined;
      } else if (tag === "form") {
        forms.push(form.fields);
        form = undefined;
      }
    },
  });
  parser.end(html);
  const found = forms.find((fields) => fields.some(([name]) => name === withField));
  if (!found) throw new Error(`No form with a field named ${withField} in the page.`);
  return found;
}

/** The fields with `name` set to `values` (replacing what it had), as a multipart form. */
export function formData(fields: FormFields, changes: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of fields) if (!(name in changes)) data.append(name, value);
  for (const [name, value] of Object.entries(changes)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}
