"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";

/** Pause after the last keystroke before searching, so that typing a name sends one request. */
const TYPING_DELAY_MS = 300;

interface DirectoryLiveSearchProps {
  /** The form's action for browsers without JavaScript: the directory's localised path. */
  action: string;
  /** Accessible name of the form (the id of its heading). */
  labelledBy: string;
  /** The search box, filters, order and submit button (rendered on the server). */
  fields: ReactNode;
  /** The result count, list, empty state and pagination (rendered on the server). */
  results: ReactNode;
}

/** The query string of the form as it stands: empty fields and the page number left out. */
function queryStringOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "" && name !== "page") {
      params.append(name, name === "q" ? value.trim() : value);
    }
  }
  return params.toString();
}

/**
 * Without JavaScript the directory is a plain GET form: submitting it loads the results page,
 * whose address holds the search and every filter. With JavaScript, this component updates the
 * results as the visitor types (after a short pause) or changes a filter, by replacing the
 * address with the form's query string: the URL stays shareable, back/forward keep working, and
 * the server renders the results as it would for a submitted form. The result count is a polite
 * live region (in the results), so screen readers hear the new count.
 */
export function DirectoryLiveSearch({
  action,
  labelledBy,
  fields,
  results,
}: DirectoryLiveSearchProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const update = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const query = queryStringOf(form);
    if (query === window.location.search.replace(/^\?/, "")) return;
    startTransition(() => {
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    });
  };

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const form = event.currentTarget;
    if (target instanceof HTMLInputElement && target.type === "search") {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => update(form), TYPING_DELAY_MS);
    }
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement) update(event.currentTarget);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update(event.currentTarget);
  };

  return (
    <>
      <form
        role="search"
        aria-labelledby={labelledBy}
        method="get"
        action={action}
        onInput={onInput}
        onChange={onChange}
        onSubmit={onSubmit}
        className="mb-8 flex flex-col gap-5 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-5 dark:border-slate-700 dark:bg-slate-800/60"
      >
        {fields}
      </form>
      <div
        aria-busy={isPending || undefined}
        className={isPending ? "opacity-70 transition-opacity" : undefined}
      >
        {results}
      </div>
    </>
  );
}
