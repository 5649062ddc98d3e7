import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";

const dir = path.join(process.cwd(), "lib/i18n/messages");

function keysOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function messageFiles(locale: string): string[] {
  const features = readdirSync(path.join(dir, "features"))
    .filter((name) => name.endsWith(`.${locale}.json`))
    .map((name) => path.join(dir, "features", name));
  return [path.join(dir, `${locale}.json`), ...features];
}

function allKeys(locale: string): string[] {
  return messageFiles(locale)
    .flatMap((file) => keysOf(JSON.parse(readFileSync(file, "utf8"))))
    .sort();
}

describe("the interface translations", () => {
  const reference = allKeys(routing.defaultLocale);

  for (const locale of routing.locales.filter((l) => l !== routing.defaultLocale)) {
    it(`${locale} has exactly the keys of ${routing.defaultLocale}`, () => {
      expect(allKeys(locale)).toEqual(reference);
    });
  }

  it("has no empty message", () => {
    for (const locale of routing.locales) {
      for (const file of messageFiles(locale)) {
        const text = readFileSync(file, "utf8");
        expect(text, file).not.toMatch(/:\s*""/);
      }
    }
  });
});
