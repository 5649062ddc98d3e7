"use client";

import { useLocale } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { DirectoryResultDto } from "@/lib/data/prisoner-directory";
import { apiRoutes } from "@/lib/routes";
import type { DirectoryQuery } from "@/lib/search/directory-params";

/** A query and its results, as the page renders them and as the results route answers. */
export interface DirectoryAnswer {
  query: DirectoryQuery;
  result: DirectoryResultDto;
}

interface JsonResultsOptions {
  onAnswer: (answer: DirectoryAnswer) => void;
  /** The route refused (too many requests) or failed: the page itself still answers at `href`. */
  onFailure: (href: string) => void;
}

/** Where the live search notes, in the history entry, the query whose results it drew. */
const DRAWN_QUERY = "vigilDirectoryQuery";

/**
 * Shows `href` in the address bar without telling Next.js's router: given a new address through
 * history.replaceState, the router (Next.js 16) fetches the page rendered for it from the server,
 * the very render the JSON answer replaces. It lets its own history states through untouched, so
 * the entry keeps the router's state plus the query drawn here (see `drawnQueryOfEntry`).
 */
function replaceAddress(href: string, query: string) {
  const state: unknown = window.history.state;
  const own = typeof state === "object" && state !== null ? state : {};
  window.history.replaceState({ ...own, [DRAWN_QUERY]: query }, "", href);
}

/**
 * The query the live search drew in this history entry, if it did: coming back to the entry
 * (after a profile), the router restores the page as the server rendered it, for the query the
 * entry had before.
 */
export function drawnQueryOfEntry(): string | null {
  const state: unknown = window.history.state;
  if (typeof state !== "object" || state === null || !(DRAWN_QUERY in state)) return null;
  return String((state as Record<string, unknown>)[DRAWN_QUERY]);
}

/**
 * The live search's requests to the directory's results route (app/api/directory): one at a
 * time, the previous one cancelled when the visitor types on, so that an older answer never
 * replaces a newer one. Each request first replaces the address with the results' own, so that
 * the address is shareable and reloading it shows the same results.
 */
export function useJsonResults({ onAnswer, onFailure }: JsonResultsOptions) {
  const locale = useLocale();
  const [fetching, setFetching] = useState(false);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const fetchResults = async (query: string, href: string) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    replaceAddress(href, query);
    setFetching(true);
    try {
      const params = new URLSearchParams(query);
      params.set("locale", locale);
      const response = await fetch(`${apiRoutes.directoryResults()}?${params}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`the results route answered ${response.status}`);
      const { query: parsed, ...result } = (await response.json()) as DirectoryResultDto & {
        query: DirectoryQuery;
      };
      if (inFlight.current === controller) onAnswer({ query: parsed, result });
    } catch (error) {
      if (controller.signal.aborted) return;
      console.warn("The directory's results route failed; rendering the page instead.", error);
      onFailure(href);
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = null;
        setFetching(false);
      }
    }
  };

  return { fetching, fetchResults };
}
