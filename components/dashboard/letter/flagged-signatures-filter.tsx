import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { SignatureFlag } from "@/lib/generated/prisma/enums";

/**
 * The flagged list's filter: one reason or every flag. A GET form to the same page, so a filtered
 * list is a link and works without JavaScript; "Select all N matching" then means this reason.
 */
export async function FlaggedSignaturesFilter({
  reasons,
  current,
}: {
  reasons: readonly SignatureFlag[];
  current: SignatureFlag | null;
}) {
  const [t, tFlags] = await Promise.all([
    getTranslations("Bulk.signatures"),
    getTranslations("FlaggedSignatures.flags"),
  ]);
  return (
    <form method="get" className="flex flex-wrap items-end gap-4">
      <div className="min-w-64">
        <Select
          name="reason"
          id="flagged-filter-reason"
          label={t("filterLabel")}
          defaultValue={current ?? ""}
          options={[
            { value: "", label: t("filterAll") },
            ...reasons.map((reason) => ({ value: reason, label: tFlags(reason) })),
          ]}
        />
      </div>
      <Button type="submit" variant="secondary">
        {t("filterApply")}
      </Button>
    </form>
  );
}
