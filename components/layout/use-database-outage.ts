"use client";

import { useEffect, useState } from "react";
import { apiRoutes } from "@/lib/routes";

/** The health endpoint's word on the database: down (true), up (false), or no answer (null). */
async function askHealth(signal?: AbortSignal): Promise<boolean | null> {
  try {
    const response = await fetch(apiRoutes.health(), { cache: "no-store", signal });
    const health = (await response.json()) as { database?: string };
    return health.database === "down";
  } catch {
    // No answer at all (offline, the server restarting): nothing to add to the page.
    return null;
  }
}

/**
 * Whether the database is unreachable right now, for an error page to say so. A page's error
 * reaches the browser without its message (Next.js sends only a digest in production), so the
 * boundary asks the health endpoint instead: `database: "down"` there means the page most likely
 * failed for that reason. `outage` is null until the answer is in (or when none could be had);
 * `recheck()` asks again and resolves to the new answer.
 */
export function useDatabaseOutage(): {
  outage: boolean | null;
  recheck: () => Promise<boolean | null>;
} {
  const [outage, setOutage] = useState<boolean | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void askHealth(controller.signal).then((down) => {
      if (down !== null) setOutage(down);
    });
    return () => controller.abort();
  }, []);
  const recheck = async () => {
    const down = await askHealth();
    if (down !== null) setOutage(down);
    return down;
  };
  return { outage, recheck };
}
