"use client";

import { useEffect, useRef } from "react";
import { SIGNATURE_ELAPSED_FIELD } from "@/lib/validation/signature";

/**
 * The sign form's fill-time field: when the form is sent, it holds the milliseconds since the
 * form appeared, so the server can flag submissions faster than a person types (never refuse
 * them). Without JavaScript it stays empty and the fill time is not judged. Measured in the
 * browser because the page is served from a cache: a server timestamp would be the render's.
 *
 * Also moves focus to the form's error summary when the form comes back with problems.
 */
export function FillTimeField({ errorSummaryId }: { errorSummaryId?: string }) {
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

  return <input ref={input} type="hidden" name={SIGNATURE_ELAPSED_FIELD} defaultValue="" />;
}
