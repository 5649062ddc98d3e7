import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * What a `next build` of Vigil is made from, relative to the checkout: the app's folders, the
 * generated Prisma client's schema, and the configuration and lock files at the top. Tests,
 * benches, scripts and documents are not built into it.
 */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "prisma.config.ts",
  "tsconfig.json",
  "tsconfig.next.json",
  "package.json",
  "package-lock.json",
] as const;

/**
 * Left out: the generated Prisma client (7 MB), made from prisma/schema.prisma by the Prisma of
 * package-lock.json, both inputs already.
 */
const DERIVED = new Set(["lib/generated"]);

/** The files under `entry` (itself when a file), sorted; dot-folders and node_modules left out. */
async function filesUnder(root: string, entry: string): Promise<string[]> {
  const entries = await readdir(path.join(root, entry), { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOTDIR") return null;
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  if (entries === null) return [entry];
  const files: string[] = [];
  for (const child of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (child.name.startsWith(".") || child.name === "node_modules") continue;
    const relative = path.posix.join(entry, child.name);
    if (DERIVED.has(relative)) continue;
    if (child.isDirectory()) files.push(...(await filesUnder(root, relative)));
    else if (child.isFile()) files.push(relative);
  }
  return files;
}

/**
 * A hash of the contents and names of every build input under `root`: equal for two checkouts
 * whose builds would be equal, different after any edit, added, removed or renamed file (even
 * one git does not track yet). Contents, not modification times: a checkout or a copy touches
 * times without changing a build. About 700 files and 3 MB here: well under a second.
 */
export async function sourceFingerprint(
  root: string,
  inputs: readonly string[] = BUILD_INPUTS,
): Promise<string> {
  const files = (await Promise.all(inputs.map((input) => filesUnder(root, input)))).flat();
  // Read together (the disk's queue is the limit), hashed in order.
  const contents = await Promise.all(files.map((file) => readFile(path.join(root, file))));
  const hash = createHash("sha256");
  files.forEach((file, index) => {
    // Name and length first: no two different sets of files can feed the same bytes.
    hash.update(`${file}\0${contents[index]!.length}\0`);
    hash.update(contents[index]!);
  });
  return hash.digest("hex");
}
