/** A form field's text: "" when it is absent or a file, so that parsing never meets null. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
