import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { describeMailForLog, writeEmlFile } from "@/lib/mail/eml-folder";
import { firstLink } from "@/lib/mail/mail-links";

export interface DevSmtpServer {
  /** For VIGIL_SMTP_URL, e.g. smtp://127.0.0.1:40123. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface DevSmtpServerOptions {
  /** Folder for the received messages (.eml files). */
  dir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Receives one line per message; defaults to the console. */
  log?: (line: string) => void;
}

/**
 * The summary logged for a received message. mailparser is a development dependency: where it is
 * not installed, the line names the file instead of the subject and link.
 */
async function summarise(raw: Buffer, file: string): Promise<string> {
  try {
    const { simpleParser } = await import("mailparser");
    const parsed = await simpleParser(raw);
    const to = [parsed.to ?? []]
      .flat()
      .map((address) => address.text)
      .join(", ");
    return `${describeMailForLog(to, parsed.subject ?? "", firstLink(parsed.text ?? ""))} (${file})`;
  } catch {
    return `Mail received: ${file}`;
  }
}

/**
 * A local SMTP server for development, the demo and tests: it speaks real SMTP (no TLS, no
 * authentication, on 127.0.0.1 only) and keeps every message it accepts as an .eml file, so tests
 * read exactly what a mail server would have received.
 */
export async function startDevSmtpServer(options: DevSmtpServerOptions): Promise<DevSmtpServer> {
  const log = options.log ?? ((line: string) => console.info(`[mail] ${line}`));
  const server = new SMTPServer({
    banner: "Vigil development mail server",
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 25 * 1024 * 1024,
    closeTimeout: 5_000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        // Acknowledged only once saved: a 250 reply means the message is on disk.
        writeEmlFile(options.dir, raw).then(
          (file) => {
            callback();
            void summarise(raw, file).then(log);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  server.on("error", (error) => log(`SMTP server error: ${error.message}`));

  const listening = await new Promise<AddressInfo>((resolve, reject) => {
    const net = server.listen(options.port ?? 0, "127.0.0.1", () =>
      resolve(net.address() as AddressInfo),
    );
    net.once("error", reject);
  });

  return {
    url: `smtp://127.0.0.1:${listening.port}`,
    port: listening.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
