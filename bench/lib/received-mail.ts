import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** How many messages each recipient received: the To header of each .eml file in `dir`. */
export async function copiesByRecipient(dir: string): Promise<Map<string, number>> {
  const copies = new Map<string, number>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith(".eml")) continue;
    const raw = await readFile(path.join(dir, name), "utf8");
    const to = /^To: (.+)$/im.exec(raw)?.[1]?.trim() ?? "(none)";
    copies.set(to, (copies.get(to) ?? 0) + 1);
  }
  return copies;
}
