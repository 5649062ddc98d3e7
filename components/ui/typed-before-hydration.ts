"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** True on the server and while React hydrates the server's HTML; false in every later render. */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}

/**
 * The text of a server-rendered textarea as the user left it before React hydrated the page, or
 * `serverValue` when nothing was typed.
 *
 * Why: React 19 puts an uncontrolled textarea back to its `defaultValue` when it hydrates it
 * (initTextarea assigns `value = textContent`), so text typed while the JavaScript was still
 * loading would be lost; passing that text back as the default keeps it. (Inputs need nothing:
 * React leaves their value alone when hydrating.) The element is looked up by the control's id,
 * which is unique on a dashboard page, and only in the hydration render, before React reaches
 * the textarea: in any later render (a client navigation, the remount after a submission) the
 * element with that id may be another page's, and the server value is used as it is.
 */
export function useTextTypedBeforeHydration(id: string, serverValue: string): string {
  const hydrating = useHydrating();
  const [typed] = useState(() => {
    if (!hydrating || typeof document === "undefined") return null;
    const element = document.getElementById(id);
    return element instanceof HTMLTextAreaElement && element.value !== serverValue
      ? element.value
      : null;
  });
  return typed ?? serverValue;
}
