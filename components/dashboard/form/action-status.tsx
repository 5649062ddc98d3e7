import clsx from "clsx";
import type { ReactNode } from "react";

/** How the result reads: a done action, a refused one, or neutral news (a move, a count). */
export type ActionStatusTone = "success" | "error" | "info";

/**
 * Props (stable: other forms, such as the bulk actions, render this too):
 * - `tone`: "success" | "error" | "info". "error" is announced assertively (role="alert"), the
 *   others politely (role="status").
 * - `children`: the result text ("Saved: version 4", "Not saved: 2 problems"); empty or absent
 *   when there is no result yet. Keep the component mounted while empty, so that the live region
 *   exists before its text arrives (screen readers ignore regions that appear with their text).
 * - `id`: optional, for `aria-describedby` from the button that caused the action.
 * - `className`: optional extra layout classes for the wrapper.
 * - `focusable`: optional; makes the wrapper a programmatic focus target (tabIndex -1), for when
 *   the button that caused the action is gone afterwards (a workflow move removes its button).
 */
export interface ActionStatusProps {
  tone: ActionStatusTone;
  children?: ReactNode;
  id?: string;
  className?: string;
  focusable?: boolean;
}

const toneClass: Record<ActionStatusTone, string> = {
  success: "text-green-900 dark:text-green-200",
  error: "font-semibold text-red-800 dark:text-red-300",
  info: "text-slate-800 dark:text-slate-200",
};

/**
 * The result of an action, shown and announced next to the button that caused it (the sticky
 * save bar, the workflow buttons, a bulk action bar): the person who pressed the button looks
 * there, and a message at the top of a long page may be out of view.
 *
 * Both live regions are always rendered and only the text moves between them: changing a
 * region's role after it is in the page is announced unreliably.
 */
export function ActionStatus({ tone, children, id, className, focusable }: ActionStatusProps) {
  const hasText = children !== undefined && children !== null && children !== false;
  const assertive = tone === "error";
  return (
    <div
      id={id}
      tabIndex={focusable ? -1 : undefined}
      className={clsx("text-sm", focusable && "rounded-sm focus:outline-2", className)}
      data-action-status={hasText ? tone : ""}
    >
      <p role="status" className={toneClass[tone]}>
        {hasText && !assertive ? children : null}
      </p>
      <p role="alert" className={toneClass.error}>
        {hasText && assertive ? children : null}
      </p>
    </div>
  );
}
