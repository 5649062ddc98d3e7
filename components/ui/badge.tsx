import clsx from "clsx";
import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}

/** A short label; the text carries the meaning, the colour only repeats it (WCAG 1.4.1). */
export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return (
    <span
      // .badge and .badge-<tone> are in app/globals.css.
      className={clsx("badge", `badge-${tone}`, className)}
    >
      {children}
    </span>
  );
}
