"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { DirectoryResults } from "@/components/directory/directory-results";
import {
  drawnQueryOfEntry,
  useJsonResults,
  type DirectoryAnswer,
} from "@/components/directory/use-json-results";
import { directorySearchParams } from "@/lib/search/directory-params";

/** Pause after the last keystroke before searching, so that typing a name sends one request. */
const TYPING_DELAY_MS = 300;

interface DirectoryLiveSearchProps {
  /** The form's action for browsers without JavaScript: the directory's localised path. */
  action: string;
  /** Accessible name of the form (the id of its heading). */
  labelledBy: string;
  /** The search box, filters, order and submit button (rendered on the server). */
  fields: ReactNode;
  /** The results the server found for the address. */
  initial: DirectoryAnswer;
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
 * What the server-rendered fields depend on: the filters and order, and whether there is a search
 * at all (it changes the order's options and shows "Clear search and filters"), not its text.
 */
function fieldsShapeOf(params: URLSearchParams): string {
  const shape = new URLSearchParams(params);
  shape.delete("page");
  shape.set("q", params.get("q") ? "1" : "");
  shape.sort();
  return shape.toString();
}

/**
 * Without JavaScript the directory is a plain GET form: submitting it loads the results page,
 * whose address holds the search and every filter. With JavaScript, the results follow the form:
 *
 * - typing (after a short pause) asks the results route for JSON (apiRoutes.directoryResults, the
 *   page's own cached read) and draws the same cards here, so a keystroke costs one small answer
 *   instead of a page render; the address is replaced (history.replaceState, past the router) so
 *   it stays shareable;
 * - a change the fields themselves show (a filter, the order, a search begun or cleared) replaces
 *   the address through the router, and the server renders the page as for a submitted form.
 *
 * The result count is a polite live region (in the results), so screen readers hear the new count;
 * focus stays where the visitor is typing.
 */
export function DirectoryLiveSearch({
  action,
  labelledBy,
  fields,
  initial,
}: DirectoryLiveSearchProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [isRendering, startTransition] = useTransition();
  const [answer, setAnswer] = useState(initial);
  const [rendered, setRendered] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A new render of the page (the router's, or back/forward) brings new results: show those.
  if (rendered !== initial) {
    setRendered(initial);
    setAnswer(initial);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  // Back to an entry whose results were drawn here: the router restored the page as rendered for
  // the entry's first query; have the server render the address's query instead (once: the
  // router's new entry no longer carries the drawn query).
  useEffect(() => {
    const drawn = drawnQueryOfEntry();
    const shown = new URLSearchParams(directorySearchParams(initial.query)).toString();
    if (drawn !== null && drawn !== shown) {
      router.replace(drawn ? `${pathname}?${drawn}` : pathname, { scroll: false });
    }
  }, [initial, pathname, router]);

  const renderOnServer = (href: string) => {
    startTransition(() => router.replace(href, { scroll: false }));
  };
  const { fetching, fetchResults, abortResults } = useJsonResults({
    onAnswer: setAnswer,
    onFailure: renderOnServer,
  });

  const update = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const query = queryStringOf(form);
    if (query === window.location.search.replace(/^\?/, "")) return;
    const href = query ? `${pathname}?${query}` : pathname;
    const shown = new URLSearchParams(directorySearchParams(rendered.query));
    if (fieldsShapeOf(new URLSearchParams(query)) === fieldsShapeOf(shown)) {
      void fetchResults(query, href);
    } else {
      abortResults();
      renderOnServer(href);
    }
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

  const busy = isRendering || fetching;
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
        aria-busy={busy || undefined}
        className={busy ? "opacity-70 transition-opacity" : undefined}
      >
        <DirectoryResults query={answer.query} result={answer.result} />
      </div>
    </>
  );
}
