"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The place above a form where the result of a submission appears. It takes focus when the
 * result changes, so that it is seen and read out (with JavaScript; without it the page reloads
 * and the alert is at the top of the form).
 */
export function FormResult({ resultKey, children }: { resultKey: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (children) ref.current?.focus();
  }, [resultKey, children]);
  return (
    <div ref={ref} tabIndex={-1} className="rounded-md empty:hidden">
      {children}
    </div>
  );
}
