"use client";

import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";

const subscribe = () => () => {};

/**
 * "Copy the code", a progressive enhancement like the profile's "Copy link": not rendered until
 * JavaScript runs and the Clipboard API is there; without it the code is selected by hand from
 * the read-only field above.
 */
export function CopyCodeButton({
  code,
  label,
  copiedMessage,
  failedMessage,
}: {
  code: string;
  label: string;
  copiedMessage: string;
  failedMessage: string;
}) {
  const enhanced = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== "undefined" && Boolean(navigator.clipboard),
    () => false,
  );
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {enhanced ? (
        <button type="button" onClick={copy} className={buttonClass("secondary")}>
          {label}
        </button>
      ) : null}
      <p role="status" className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {result === "copied" ? copiedMessage : result === "failed" ? failedMessage : null}
      </p>
    </div>
  );
}
