import clsx from "clsx";
import type { ReactNode } from "react";

interface ContainerProps {
  children: ReactNode;
  /** `prose` for reading pages (letters, reports), `wide` for lists and the home page. */
  width?: "prose" | "wide";
  className?: string;
}

export function Container({ children, width = "wide", className }: ContainerProps) {
  return (
    <div
      className={clsx(
        "mx-auto px-4 py-10 sm:px-6 sm:py-14",
        width === "prose" ? "max-w-3xl" : "max-w-6xl",
        className,
      )}
    >
      {children}
    </div>
  );
}
