"use client";

import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";

const subscribe = () => () => {};

interface CopyLinkButtonProps {
  label: string;
  copiedMessage: string;
  failedMessage: string;
}

/**
 * "Copy link", a progressive enhancement: it needs the Clipboard API, so it is not rendered
 * at all until JavaScript runs (the share links work without it). Copies the address of the page
 * as the reader sees it, without a fragment.
 */
export function CopyLinkButton({ label, copiedMessage, failedMessage }: CopyLinkButtonProps) {
  // False on the server and during hydration, true once running in the browser.
  const enhanced = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== "undefined" && Boolean(navigator.clipboard),
    () => false,
  );
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    const url = new URL(window.location.href);
    url.hash = "";
    try {
      await navigator.clipboard.writeText(url.href);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }

  return (
    <>
      {enhanced ? (
        <button type="button" onClick={copy} className={buttonClass("secondary")}>
          {label}
        </button>
      ) : null}
      {/* Always present, so that screen readers announce the result when it appears. */}
      <p
        role="status"
        className="basis-full text-sm font-medium text-slate-800 dark:text-slate-200"
      >
        {result === "copied" ? copiedMessage : result === "failed" ? failedMessage : null}
      </p>
    </>
  );
}
