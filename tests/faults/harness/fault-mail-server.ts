import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { emlArrivalTime } from "@/lib/mail/eml-folder";
import { MAIL_KIND_HEADER } from "@/lib/mail/mail-transport";

/** One message the SMTP server accepted, as far as the fault checks need it. */
export interface Delivery {
  to: string;
  messageId: string | undefined;
  kind: string | undefined;
  /** When the server saved it (milliseconds since the epoch). */
  arrivedAt: number;
}

export interface FaultMailServer {
  /** For VIGIL_SMTP_URL; the same across stop() and start(). */
  readonly url: string;
  /** Stops accepting: the port is closed and open sessions are ended, as in a mail server outage. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Every message received so far. */
  deliveries(): Promise<Delivery[]>;
  /** Stops it and removes the received messages. */
  close(): Promise<void>;
}

/** The header block of a raw message, unfolded, as name (lower case) → value. */
function headersOf(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** The bare address of a To header ("Name <a@b>" or "a@b"), lower case. */
function addressOf(to: string): string {
  return (/<([^>]+)>/.exec(to)?.[1] ?? to).trim().toLowerCase();
}

/**
 * The real development SMTP server (lib/mail/dev-smtp-server.ts) in this process, on a fixed
 * port across restarts, keeping what it receives as .eml files that are read back per recipient,
 * Message-ID and kind.
 */
export async function startFaultMailServer(): Promise<FaultMailServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-faults-mail-"));
  const quiet = () => undefined;
  let server: DevSmtpServer | undefined = await startDevSmtpServer({ dir, log: quiet });
  const port = server.port;

  return {
    url: server.url,
    async stop() {
      await server?.close();
      server = undefined;
    },
    async start() {
      server = await startDevSmtpServer({ dir, port, log: quiet });
    },
    async deliveries() {
      const files = (await readdir(dir)).filter((name) => name.endsWith(".eml"));
      return Promise.all(
        files.map(async (name) => {
          const headers = headersOf(await readFile(path.join(dir, name), "utf8"));
          return {
            to: addressOf(headers.get("to") ?? ""),
            messageId: headers.get("message-id"),
            kind: headers.get(MAIL_KIND_HEADER.toLowerCase()),
            arrivedAt: emlArrivalTime(name),
          };
        }),
      );
    },
    async close() {
      try {
        await server?.close();
      } finally {
        server = undefined;
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
