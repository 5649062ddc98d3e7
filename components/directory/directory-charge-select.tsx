import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { controlClass, Field } from "@/components/ui/field";
import type { DirectoryChargeGroup } from "@/lib/data/prisoner-directory-filters";

interface DirectoryChargeSelectProps {
  groups: DirectoryChargeGroup[];
  /** The article id in the address, if any. */
  current: string | undefined;
  label: string;
  placeholder: string;
}

const ID = "directory-charge";

/**
 * The charge filter: criminal-code articles grouped by country and code (<optgroup>), since the
 * same number means different offences in different codes. Values are article ids.
 */
export async function DirectoryChargeSelect({
  groups,
  current,
  label,
  placeholder,
}: DirectoryChargeSelectProps) {
  const t = await getTranslations("DirectoryPage");
  const known = groups.some((group) => group.articles.some((article) => article.value === current));
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
          <optgroup
            key={`${group.country.value}-${group.code.text}`}
            label={t("chargeGroup", { country: group.country.label.text, code: group.code.text })}
          >
            {group.articles.map((article) => (
              <option
                key={article.value}
                value={article.value}
                lang={article.title.isFallback ? article.title.lang : undefined}
              >
                {article.part
                  ? t("chargeOptionPart", {
                      article: article.article,
                      part: article.part,
                      title: article.title.text,
                    })
                  : t("chargeOption", { article: article.article, title: article.title.text })}
              </option>
            ))}
          </optgroup>
        ))}
        {current && !known ? <option value={current}>{current}</option> : null}
      </select>
    </Field>
  );
}
