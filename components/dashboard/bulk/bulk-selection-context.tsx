"use client";

import { createContext, useContext } from "react";

/**
 * What the rows of a bulk form share with its bar (bulk-form.tsx): the ids ticked now (read from
 * the boxes themselves, so the plain HTML form and the count always agree), the ids the server
 * echoed back (the boxes' defaults after a round trip), and a way to tick several at once.
 */
export interface BulkSelection {
  selected: ReadonlySet<string>;
  /** The ids as last submitted, so that boxes stay ticked across the confirmation step. */
  submitted: readonly string[];
  /** Ticks or unticks every box of these ids (a group's "select all"). */
  setMany: (ids: readonly string[], checked: boolean) => void;
  /** False until the browser has run the form's script (then the group boxes appear). */
  interactive: boolean;
  idPrefix: string;
  /** The bulk <form>'s id: row boxes sit outside it (rows may hold forms of their own). */
  formId: string;
}

export const BulkSelectionContext = createContext<BulkSelection>({
  selected: new Set(),
  submitted: [],
  setMany: () => {},
  interactive: false,
  idPrefix: "bulk-",
  formId: "bulk-form",
});

export function useBulkSelection(): BulkSelection {
  return useContext(BulkSelectionContext);
}
