import { inject } from "vitest";
import { sleep } from "../../faults/harness/deadline";
import { CLUSTER_PUBLIC_URL } from "./cluster-parts";
import { formData, formWithField } from "./dashboard-form";

/** Instance A and B addressed directly, and nginx in front of both. */
export function clusterAddresses() {
  const [instanceA, instanceB] = inject("clusterInstanceUrls");
  return { instanceA: instanceA!, instanceB: instanceB!, nginx: inject("clusterNginxUrl") };
}

/** A public page as a signed-out visitor gets it (no cookie: nginx may answer from its cache). */
export async function publicPage(base: string, path: string): Promise<string> {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
  if (response.status !== 200) throw new Error(`GET ${base}${path}: ${response.status}`);
  return response.text();
}

/**
 * What a staff member's browser sends with every dashboard request to one instance: the session
 * cookie, and for writes the site's Origin and the host nginx would have passed on (Next.js
 * compares the two before it runs a server action; the test speaks for nginx here, as a trusted
 * proxy on this machine).
 */
export function staffHeaders(cookie: string, write = false): Record<string, string> {
  if (!write) return { cookie };
  return {
    cookie,
    origin: CLUSTER_PUBLIC_URL,
    "x-forwarded-host": new URL(CLUSTER_PUBLIC_URL).host,
  };
}

/**
 * Opens a dashboard page on `base` as the staff member, changes the fields of the form that has
 * `formField`, and posts the form as a browser without JavaScript does. Returns the answer's
 * status and page.
 */
export async function submitDashboardForm(options: {
  base: string;
  path: string;
  cookie: string;
  formField: string;
  changes: Record<string, string | string[]>;
}): Promise<{ status: number; html: string; location: string | null }> {
  const page = await fetch(`${options.base}${options.path}`, {
    headers: staffHeaders(options.cookie),
  });
  if (page.status !== 200) throw new Error(`GET ${options.path} as staff: ${page.status}`);
  const fields = formWithField(await page.text(), options.formField);
  const answer = await fetch(`${options.base}${options.path}`, {
    method: "POST",
    redirect: "manual",
    headers: staffHeaders(options.cookie, true),
    body: formData(fields, options.changes),
  });
  return {
    status: answer.status,
    html: await answer.text(),
    location: answer.headers.get("location"),
  };
}

/** Milliseconds until `check` holds (polled every 100 ms), or undefined after `timeoutMs`. */
export async function msUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number | undefined> {
  const start = Date.now();
  for (;;) {
    const elapsed = Date.now() - start;
    if (await check().catch(() => false)) return elapsed;
    if (elapsed > timeoutMs) return undefined;
    await sleep(100);
  }
}
