"use client";

import { useEffect, useRef } from "react";

// The field's name comes in as a prop: importing it from lib/validation/signature.ts would put zod
// in the browser bundle, and zod probes for `new Function`, which the public pages' policy (no
// 'unsafe-eval') refuses and DevTools reports as a Content Security Policy issue.

/**
 * The sign form's fill-time field: when the form is sent, it holds the milliseconds since the
 * form appeared, so the server can flag submissions faster than a person types (never refuse
 * them). Without JavaScript it stays empty and the fill time is not judged. Measured in the
 * browser because the page is served from a cache: a server timestamp would be the render's.
 *
 * Also moves focus to the form's error summary when the form comes back with problems.
 */
export function FillTimeField({ name, errorSummaryId }: { name: string; errorSummaryId?: string }) {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const shownAt = performance.now();
    const form = input.current?.form;
    const onSubmit = () => {
      if (input.current) input.current.value = String(Math.round(performance.now() - shownAt));
    };
    form?.addEventListener("submit", onSubmit);
    if (errorSummaryId) document.getElementById(errorSummaryId)?.focus();
    return () => form?.removeEventListener("submit", onSubmit);
  }, [errorSummaryId]);

  return <input ref={input} type="hidden" name={name} defaultValue="" />;
}
