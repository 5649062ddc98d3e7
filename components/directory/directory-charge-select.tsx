import clsx from "clsx";
import { controlClass, Field } from "@/components/ui/field";
import type { DirectoryChargeChoices } from "@/components/directory/directory-choices";

interface DirectoryChargeSelectProps {
  groups: DirectoryChargeChoices[];
  /** The article id in the address, if any. */
  current: string | undefined;
  label: string;
  placeholder: string;
}

const ID = "directory-charge";

/**
 * The charge filter: criminal-code articles grouped by country and code (<optgroup>), since the
 * same number means different offences in different codes. Values are article ids; labels come
 * worded from the server (components/directory/directory-choices.ts).
 */
export function DirectoryChargeSelect({
  groups,
  current,
  label,
  placeholder,
}: DirectoryChargeSelectProps) {
  const known = groups.some((group) => group.articles.some(([value]) => value === current));
  return (
    <Field id={ID} label={label}>
      <select
        id={ID}
        name="charge"
        defaultValue={current ?? ""}
        className={clsx(controlClass, "min-h-11")}
      >
        <option value="">{placeholder}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.articles.map(([value, text, lang]) => (
              <option key={value} value={value} lang={lang}>
                {text}
              </option>
            ))}
          </optgroup>
        ))}
        {current && !known ? <option value={current}>{current}</option> : null}
      </select>
    </Field>
  );
}
