import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { RevisionSummaryDto } from "@/lib/data/revisions";

interface CompareFormProps {
  revisions: RevisionSummaryDto[];
  from: number;
  to: number;
}

/** Chooses two revisions to compare: a GET form, so a comparison is a link and needs no script. */
export async function CompareForm({ revisions, from, to }: CompareFormProps) {
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const options = revisions.map((revision) => ({
    value: String(revision.number),
    label: t("revisionOption", {
      number: revision.number,
      date: format.dateTime(new Date(revision.createdAt), {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      }),
    }),
  }));
  return (
    <form method="get" className="flex flex-wrap items-end gap-4">
      <div className="min-w-60">
        <Select
          name="from"
          id="compare-from"
          label={t("compareFrom")}
          options={options}
          defaultValue={String(from)}
        />
      </div>
      <div className="min-w-60">
        <Select
          name="to"
          id="compare-to"
          label={t("compareTo")}
          options={options}
          defaultValue={String(to)}
        />
      </div>
      <Button type="submit" variant="secondary">
        {t("compareSubmit")}
      </Button>
    </form>
  );
}
