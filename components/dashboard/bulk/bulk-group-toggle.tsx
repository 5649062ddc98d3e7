"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useBulkSelection } from "@/components/dashboard/bulk/bulk-selection-context";

/**
 * "Select all in this group": ticked when every row of the group on this page is, mixed when some
 * are (the box's indeterminate state, which screen readers announce as "mixed"). It needs the
 * script, so it appears only once the page is interactive; without it, each row is ticked alone
 * or "Select all matching this filter" does the whole list.
 */
export function BulkGroupToggle({ ids, groupId }: { ids: readonly string[]; groupId: string }) {
  const t = useTranslations("Bulk");
  const { selected, setMany, interactive, idPrefix } = useBulkSelection();
  const ref = useRef<HTMLInputElement>(null);
  const ticked = ids.filter((id) => selected.has(id)).length;
  const all = ids.length > 0 && ticked === ids.length;
  const some = ticked > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  if (!interactive) return null;
  const id = `${idPrefix}group-${groupId}`;
  return (
    <span className="flex items-center gap-2">
      <input
        ref={ref}
        type="checkbox"
        id={id}
        checked={all}
        onChange={(event) => setMany(ids, event.target.checked)}
        className="size-5"
      />
      <label htmlFor={id} className="text-sm font-medium">
        {t("selectGroup", { count: ids.length })}
      </label>
    </span>
  );
}
