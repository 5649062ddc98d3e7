import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

let sequence = 0;

/**
 * Saves a raw message as `<milliseconds>-<pid>-<sequence>.eml`: names sort by arrival, and readers
 * (tests/e2e/mailbox.ts) can tell when a message arrived without parsing it. Written under a
 * temporary name and renamed, so a reader polling the folder never sees half a message.
 */
export async function writeEmlFile(dir: string, raw: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  sequence += 1;
  const name = `${Date.now()}-${process.pid}-${String(sequence).padStart(6, "0")}.eml`;
  const file = path.join(dir, name);
  await writeFile(`${file}.partial`, raw);
  await rename(`${file}.partial`, file);
  return file;
}

/** When a message saved by writeEmlFile arrived (milliseconds since the epoch), from its name. */
export function emlArrivalTime(fileName: string): number {
  return Number.parseInt(path.basename(fileName).split("-")[0] ?? "", 10);
}

/** The log line for a delivered message in development: enough to click through, nothing more. */
export function describeMailForLog(to: string, subject: string, link: string | undefined): string {
  return `Mail to ${to}: ${subject}${link ? ` — ${link}` : ""}`;
}
