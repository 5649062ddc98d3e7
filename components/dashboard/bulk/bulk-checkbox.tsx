"use client";

import type { ReactNode } from "react";
import { useBulkSelection } from "@/components/dashboard/bulk/bulk-selection-context";

/**
 * One row's box of a bulk form: a plain checkbox named "ids", so that ticking works and posts
 * without JavaScript. The same id may have boxes in two groups (a signature with two flags);
 * the form keeps them in step. `children` is the visible label; `srLabel` a label for screen
 * readers only, where the row's cells already show the item (tables).
 */
export function BulkCheckbox({
  value,
  group,
  children,
  srLabel,
}: {
  value: string;
  /** Distinguishes the boxes of one id in several groups (for their element ids). */
  group?: string;
  children?: ReactNode;
  srLabel?: string;
}) {
  const { submitted, idPrefix, formId } = useBulkSelection();
  const id = `${idPrefix}${group ? `${group}-` : ""}${value}`.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <span className="flex items-start gap-2">
      <input
        type="checkbox"
        id={id}
        name="ids"
        form={formId}
        value={value}
        defaultChecked={submitted.includes(value)}
        className="mt-1 size-5 shrink-0"
      />
      <label htmlFor={id} className={children ? "flex flex-wrap gap-x-2" : "sr-only"}>
        {children ?? srLabel}
      </label>
    </span>
  );
}
