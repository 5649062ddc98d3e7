import clsx from "clsx";
import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "error";

const tones: Record<AlertTone, string> = {
  info: "border-accent-600 bg-accent-50 text-accent-950 dark:border-accent-300 dark:bg-accent-950 dark:text-accent-50",
  success:
    "border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50",
  warning:
    "border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50",
  error:
    "border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50",
};

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce the message when it appears (a result after a form submission): errors as
   * `role="alert"`, others as `role="status"`. Leave off for notices that are part of the page.
   */
  announce?: boolean;
  className?: string;
}

export function Alert({ tone = "info", title, children, announce, className }: AlertProps) {
  const role = announce ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={clsx("rounded-md border-l-4 px-4 py-3", tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={clsx(title && "mt-1")}>{children}</div> : null}
    </div>
  );
}
