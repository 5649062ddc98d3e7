"use client";

import { usePathname, useRouter } from "next/navigation";
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type MouseEvent,
} from "react";
import type { DirectoryChoices } from "@/components/directory/directory-choices";
import { DirectoryResults } from "@/components/directory/directory-results";
import { DirectorySearchFields } from "@/components/directory/directory-search-fields";
import {
  unpackDirectoryResult,
  type PackedDirectoryResult,
} from "@/components/directory/packed-results";
import {
  drawnQueryOfEntry,
  useJsonResults,
  type DirectoryAnswer,
} from "@/components/directory/use-json-results";
import { directorySearchParams, type DirectoryQuery } from "@/lib/search/directory-params";

/** Pause after the last keystroke before searching, so that typing a name sends one request. */
const TYPING_DELAY_MS = 300;

interface DirectoryLiveSearchProps {
  /** The form's action for browsers without JavaScript: the directory's localised path. */
  action: string;
  /** Accessible name of the form (the id of its heading). */
  labelledBy: string;
  /** The filters' choices, as compact data (the fields are drawn here). */
  choices: DirectoryChoices;
  /** The results the server found for the address (packed: components/directory/packed-results.ts). */
  initial: { query: DirectoryQuery; packed: PackedDirectoryResult };
}

/**
 * The query string of the form as it stands: empty fields and the page number left out, the
 * search text as the page reads it (whitespace collapsed) and the alphabetical order, when there
 * is no search, left out as the default it then is, so that the address is the query's canonical
 * one, which is served from a cached page (lib/search/directory-view.ts).
 */
function queryStringOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string" || name === "page") continue;
    const text = name === "q" ? value.replace(/\s+/g, " ").trim() : value;
    if (text !== "") params.append(name, text);
  }
  if (!params.has("q") && params.get("sort") === "name") params.delete("sort");
  return params.toString();
}

/**
 * Without JavaScript the directory is a plain GET form: submitting it loads the results page,
 * whose address holds the search and every filter. With JavaScript, the results follow the form:
 * every change (typing, after a short pause; a filter; the order; "Clear search and filters")
 * asks the results route for JSON (apiRoutes.directoryResults, the page's own cached read) and
 * draws the same cards here, so a change costs one small answer instead of a page render. The
 * address is replaced (history.replaceState, past the router) so it stays shareable; the fields
 * are the visitor's own (uncontrolled) and never re-rendered under them.
 *
 * The result count is a polite live region (in the results), so screen readers hear the new count;
 * focus stays where the visitor is typing or choosing.
 */
export function DirectoryLiveSearch({
  action,
  labelledBy,
  choices,
  initial: initialPacked,
}: DirectoryLiveSearchProps) {
  const initial = useMemo<DirectoryAnswer>(
    () => ({ query: initialPacked.query, result: unpackDirectoryResult(initialPacked.packed) }),
    [initialPacked],
  );
  const router = useRouter();
  const pathname = usePathname();
  const [isRendering, startTransition] = useTransition();
  const [answer, setAnswer] = useState(initial);
  const [rendered, setRendered] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);

  // A new render of the page (the router's, or back/forward) brings new results: show those.
  if (rendered !== initial) {
    setRendered(initial);
    setAnswer(initial);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  // Back to an entry whose results were drawn here: the router restored the page as rendered for
  // the entry's first query; have the server's page for the address's query (a cached page)
  // instead (once: the router's new entry no longer carries the drawn query).
  useEffect(() => {
    const drawn = drawnQueryOfEntry();
    const shown = new URLSearchParams(directorySearchParams(initial.query)).toString();
    if (drawn !== null && drawn !== shown) {
      router.replace(drawn ? `${pathname}?${drawn}` : pathname, { scroll: false });
    }
  }, [initial, pathname, router]);

  // Only when the results route fails: the page itself still answers at the address.
  const renderOnServer = (href: string) => {
    startTransition(() => router.replace(href, { scroll: false }));
  };
  const { fetching, fetchResults } = useJsonResults({
    onAnswer: setAnswer,
    onFailure: renderOnServer,
  });

  const update = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const query = queryStringOf(form);
    if (query === window.location.search.replace(/^\?/, "")) return;
    void fetchResults(query, query ? `${pathname}?${query}` : pathname);
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

  // The link disappears with the query it clears: focus goes to the search box, where one starts over.
  const onClearAll = (event: MouseEvent<HTMLAnchorElement>) => {
    const form = formRef.current;
    if (!form) return;
    event.preventDefault();
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === "search") element.value = "";
      if (element instanceof HTMLSelectElement) element.value = "";
    }
    form.querySelector<HTMLInputElement>("input[type=search]")?.focus();
    update(form);
  };

  const busy = isRendering || fetching;
  return (
    <>
      <form
        ref={formRef}
        role="search"
        aria-labelledby={labelledBy}
        method="get"
        action={action}
        onInput={onInput}
        onChange={onChange}
        onSubmit={onSubmit}
        className="directory-search"
      >
        <DirectorySearchFields
          defaults={initial.query}
          current={answer.query}
          choices={choices}
          onClearAll={onClearAll}
        />
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
