import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every path of the site is built in lib/routes.ts and nowhere else, so that a page that moves
 * moves everywhere at once. This reads the source of app/, components/ and lib/ (and the proxy)
 * with the TypeScript compiler and fails on any string or template literal that starts with one
 * of the site's own paths, printing file:line for each.
 *
 * The paths are read from the app folder itself (the first segment of every page and of the API),
 * so a new section is covered without editing this test.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const SCANNED_FOLDERS = ["app", "components", "lib"];
const SCANNED_FILES = ["proxy.ts", "instrumentation.ts"];
/** The one module allowed to spell paths, and code nobody writes by hand. */
const EXEMPT = [/^lib\/routes\.ts$/, /^lib\/generated\//];

/**
 * The first URL segments of the site: the folders under app/[locale] (looking through route
 * groups such as "(public)", skipping dynamic segments such as "[...rest]"), and "api".
 */
export function routePrefixes(appFolder = join(ROOT, "app")): string[] {
  const segments = new Set<string>(["api"]);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith("[") || entry.name.startsWith("_")) {
        continue;
      }
      if (entry.name.startsWith("(") && entry.name.endsWith(")")) {
        walk(join(folder, entry.name));
      } else {
        segments.add(entry.name);
      }
    }
  };
  walk(join(appFolder, "[locale]"));
  return [...segments].sort();
}

export interface PathLiteral {
  line: number;
  text: string;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The literals of one source file that build a path of the site by hand:
 * - a string or template whose text starts with "/<prefix>" ("/dashboard/users", `/letters/${slug}`);
 * - a template that starts with "/" and a locale (`/${locale}/sign-in`, `/${locale}`);
 * - the home page, "/", given as an href (href="/", { href: "/" }).
 */
export function findPathLiterals(
  source: string,
  fileName: string,
  prefixes: readonly string[],
): PathLiteral[] {
  const prefixPattern = new RegExp(`^/(${prefixes.map(escape).join("|")})(?=$|[/?#])`);
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: PathLiteral[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });

  /** The name of the JSX attribute or object property whose value the literal is, if any. */
  const slotName = (node: ts.Node): string | null => {
    const parent = ts.isJsxExpression(node.parent) ? node.parent.parent : node.parent;
    if (ts.isJsxAttribute(parent)) return parent.name.getText(file);
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      return parent.name.getText(file);
    }
    return null;
  };
  const isHrefSlot = (node: ts.Node) => /href$/i.test(slotName(node) ?? "");

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const text = node.text;
      if (prefixPattern.test(text) || (text === "/" && isHrefSlot(node))) {
        report(node, node.getText(file));
      }
    } else if (ts.isTemplateExpression(node)) {
      const head = node.head.text;
      const first = node.templateSpans[0]?.expression.getText(file) ?? "";
      const startsWithLocale = head === "/" && /locale/i.test(first);
      if (prefixPattern.test(head) || startsWithLocale) report(node, node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(): string[] {
  const files = SCANNED_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" }).map((path) =>
      join(folder, path),
    ),
  );
  return [...files, ...SCANNED_FILES]
    .map((path) => relative(ROOT, join(ROOT, path)))
    .filter((path) => /\.(ts|tsx)$/.test(path) && !path.endsWith(".d.ts"))
    .filter((path) => !EXEMPT.some((pattern) => pattern.test(path)))
    .sort();
}

describe("route paths", () => {
  const prefixes = routePrefixes();

  it("knows the site's sections from the app folder", () => {
    for (const section of ["api", "dashboard", "prisoners", "letters", "sign-in", "feed.xml"]) {
      expect(prefixes).toContain(section);
    }
  });

  it("finds a path built by hand, and only such paths, in a source text", () => {
    const source = [
      'const list = "/dashboard/users";',
      "const letter = `/letters/${slug}/sign`;",
      "const signIn = `/${locale}/sign-in?signedOut=1`;",
      'const home = <Button href="/">Home</Button>;',
      'const feed = "/feed.xml";',
      "// Not paths of the site:",
      'revalidatePath("/[locale]/dashboard/users", "page");',
      'const cookie = { path: "/" };',
      'const word = "/dashboards-of-others";',
      'const section = "dashboard";',
      'import { x } from "@/lib/routes";',
    ].join("\n");
    expect(findPathLiterals(source, "example.tsx", prefixes)).toEqual([
      { line: 1, text: '"/dashboard/users"' },
      { line: 2, text: "`/letters/${slug}/sign`" },
      { line: 3, text: "`/${locale}/sign-in?signedOut=1`" },
      { line: 4, text: '"/"' },
      { line: 5, text: '"/feed.xml"' },
    ]);
  });

  it("every path in app/, components/ and lib/ comes from lib/routes.ts", () => {
    const hits = sourceFiles().flatMap((path) => {
      const source = readFileSync(join(ROOT, path), "utf8");
      // Only a file with a literal that starts with "/" can build a path: the rest need no parse.
      if (!/["'`]\//.test(source)) return [];
      return findPathLiterals(source, path, prefixes).map(
        ({ line, text }) => `${path}:${line}: ${text}`,
      );
    });
    // Each entry is file:line and the literal: build that path with lib/routes.ts instead.
    expect(hits).toEqual([]);
  }, 60_000);
});
