import { request } from "node:http";
import { E2E_PUBLIC_URL } from "./e2e-build";

/** The profile page's "Report an inaccuracy" form as a browser without JavaScript sees it. */
export interface ReportForm {
  path: string;
  /** Every hidden field of the form: Next.js's action reference and the form's own. */
  hidden: [string, string][];
}

export interface ReportAnswer {
  status: number;
  retryAfter: string | null;
  body: string;
}

/** Reads the form from a profile page (which also puts the page in the server's cache). */
export async function readReportForm(baseUrl: string, prisonerSlug: string): Promise<ReportForm> {
  const path = `/en/prisoners/${prisonerSlug}`;
  const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(30_000) });
  const html = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}.`);
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*name="message"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error(`${path} has no form with a "message" field.`);
  const hidden: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) hidden.push([decodeEntities(name), decodeEntities(value)]);
  }
  return { path, hidden };
}

/**
 * Posts the form as a browser without JavaScript does: multipart, to the page, with the site's
 * Origin and Host (the server is reached on another port than the public origin's).
 */
export function postReportWithoutJs(
  baseUrl: string,
  form: ReportForm,
  message: string,
): Promise<ReportAnswer> {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  body.append("message", message);
  body.append("sourceUrl", "");
  body.append("contact", "");
  const encoded = new Response(body);
  return encoded.arrayBuffer().then(
    (bytes) =>
      new Promise<ReportAnswer>((resolve, reject) => {
        const target = new URL(form.path, baseUrl);
        const outgoing = request(
          target,
          {
            method: "POST",
            timeout: 30_000,
            headers: {
              Host: new URL(E2E_PUBLIC_URL).host,
              Origin: E2E_PUBLIC_URL,
              "Content-Type": encoded.headers.get("content-type")!,
              "Content-Length": bytes.byteLength,
            },
          },
          (incoming) => {
            const chunks: Buffer[] = [];
            incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
            incoming.on("end", () =>
              resolve({
                status: incoming.statusCode ?? 0,
                retryAfter: (incoming.headers["retry-after"] as string | undefined) ?? null,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            incoming.on("error", reject);
          },
        );
        outgoing.on("timeout", () => outgoing.destroy(new Error("No answer within 30 s.")));
        outgoing.on("error", reject);
        outgoing.end(Buffer.from(bytes));
      }),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
