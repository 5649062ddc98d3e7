import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { emlArrivalTime } from "@/lib/mail/eml-folder";
import type { MailKind } from "@/lib/mail/mail-kinds";
import { extractLinks } from "@/lib/mail/mail-links";
import { e2ePort } from "./port";

/**
 * Where the end-to-end server's local SMTP server keeps what it receives (scripts/start.ts
 * --test empties it at start): one folder per port, so parallel runs do not mix their mail.
 */
export const e2eMailDir = path.join(".data", `e2e-mail-${e2ePort}`);

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The template, from the X-Vigil-Kind header. */
  kind: string | undefined;
  text: string;
  html: string;
  /** The links of the plain-text part, in order. */
  links: string[];
  receivedAt: Date;
  file: string;
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []]
    .flat()
    .flatMap((group) => group.value)
    .map((address) => address.address?.toLowerCase() ?? "")
    .filter(Boolean);
}

async function readMail(file: string): Promise<ReceivedMail> {
  const parsed = await simpleParser(await readFile(file));
  const text = parsed.text ?? "";
  const kind = parsed.headers.get("x-vigil-kind");
  return {
    to: addressesOf(parsed.to),
    subject: parsed.subject ?? "",
    kind: typeof kind === "string" ? kind : undefined,
    text,
    html: typeof parsed.html === "string" ? parsed.html : "",
    links: extractLinks(text),
    receivedAt: new Date(emlArrivalTime(file)),
    file,
  };
}

/** Every message received for an address (case-insensitive), oldest first. */
export async function listMail(
  to: string,
  options: { after?: Date } = {},
): Promise<ReceivedMail[]> {
  let names: string[];
  try {
    names = await readdir(e2eMailDir);
  } catch {
    return [];
  }
  const after = options.after?.getTime() ?? 0;
  const files = names
    .filter((name) => name.endsWith(".eml") && emlArrivalTime(name) >= after)
    .sort()
    .map((name) => path.join(e2eMailDir, name));
  const mails = await Promise.all(files.map(readMail));
  const address = to.toLowerCase();
  return mails.filter((mail) => mail.to.includes(address));
}

export interface MailQuery {
  to: string;
  kind?: MailKind;
  subject?: RegExp | string;
  /** Only messages received at or after this moment (take it before the action that sends). */
  after?: Date;
  timeoutMs?: number;
}

function matches(mail: ReceivedMail, query: MailQuery): boolean {
  if (query.kind && mail.kind !== query.kind) return false;
  if (typeof query.subject === "string") return mail.subject.includes(query.subject);
  if (query.subject) return query.subject.test(mail.subject);
  return true;
}

/**
 * Waits until a matching message has arrived and returns the newest one. The outbox worker
 * sends within about a second of the change that queued the message.
 */
export async function waitForMail(query: MailQuery): Promise<ReceivedMail> {
  const deadline = Date.now() + (query.timeoutMs ?? 15_000);
  for (;;) {
    const found = (await listMail(query.to, { after: query.after })).filter((mail) =>
      matches(mail, query),
    );
    const newest = found.at(-1);
    if (newest) return newest;
    if (Date.now() > deadline) {
      throw new Error(
        `No mail to ${query.to}${query.kind ? ` of kind ${query.kind}` : ""}${query.subject ? ` with subject ${String(query.subject)}` : ""} arrived in ${e2eMailDir} within ${query.timeoutMs ?? 15_000} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
