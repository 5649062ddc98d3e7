import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layer rules of eslint.config.mjs fail on a deliberate violation, and let through what the
 * layers allow. Each case lints a small text as if it were a file at that path.
 */
const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const RESTRICTED_IMPORT = "@typescript-eslint/no-restricted-imports";

// The first lint loads the whole config and its plugins: seconds on a busy machine.
describe("the layer rules", { timeout: 60_000 }, () => {
  it("refuse a component or a page that imports the database client", async () => {
    const code = 'import { prisma } from "@/lib/db";\nexport const rows = prisma;\n';
    expect(await ruleIdsFor("components/prisoner/list.tsx", code)).toContain(RESTRICTED_IMPORT);
    expect(await ruleIdsFor("app/[locale]/(public)/page.tsx", code)).toContain(RESTRICTED_IMPORT);
  });

  it("refuse runtime imports of the generated Prisma client in a component, but allow its types", async () => {
    const runtime =
      'import { Prisma } from "@/lib/generated/prisma/client";\nexport const sql = Prisma.sql;\n';
    const typesOnly =
      'import type { Role } from "@/lib/generated/prisma/client";\nexport type R = Role;\n';
    expect(await ruleIdsFor("components/ui/x.tsx", runtime)).toContain(RESTRICTED_IMPORT);
    expect(await ruleIdsFor("components/ui/x.tsx", typesOnly)).not.toContain(RESTRICTED_IMPORT);
  });

  it("refuse a page that opens a PostgreSQL pool, but allow the outage classifier", async () => {
    const pool =
      'import { createPgPool } from "@/lib/postgres/pool";\nexport const p = createPgPool;\n';
    const classifier =
      'import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";\nexport const c = isDatabaseUnavailable;\n';
    expect(await ruleIdsFor("app/api/x/route.ts", pool)).toContain(RESTRICTED_IMPORT);
    expect(await ruleIdsFor("app/api/x/route.ts", classifier)).not.toContain(RESTRICTED_IMPORT);
  });

  it("refuse a server action that writes through Prisma or a transaction itself", async () => {
    const client = 'import { prisma } from "@/lib/db";\nexport const p = prisma;\n';
    const runtime =
      'import { Prisma } from "@/lib/generated/prisma/client";\nexport const n = Prisma.DbNull;\n';
    const tx = 'import type { Tx } from "@/lib/content-store";\nexport type T = Tx;\n';
    const txTypes = 'import type { Tx } from "@/lib/content-store/types";\nexport type T = Tx;\n';
    const action = "lib/actions/prisoners/update-prisoner-x.ts";
    for (const code of [client, runtime, tx, txTypes]) {
      expect(await ruleIdsFor(action, code)).toContain(RESTRICTED_IMPORT);
    }
  });

  it("let a server action call the content store and name Prisma's types", async () => {
    const store =
      'import { updateContent } from "@/lib/content-store";\nexport const u = updateContent;\n';
    const types =
      'import type { Role } from "@/lib/generated/prisma/client";\nexport type R = Role;\n';
    const classifier =
      'import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";\nexport const c = isDatabaseUnavailable;\n';
    const action = "lib/actions/sources/update-source.ts";
    for (const code of [store, types, classifier]) {
      expect(await ruleIdsFor(action, code)).not.toContain(RESTRICTED_IMPORT);
    }
  });

  it("refuse lib/data modules that render or redirect", async () => {
    const redirect = 'import { redirect } from "next/navigation";\nexport const r = redirect;\n';
    const component =
      'import { Button } from "@/components/ui/button";\nexport const b = Button;\n';
    expect(await ruleIdsFor("lib/data/x.ts", redirect)).toContain(RESTRICTED_IMPORT);
    expect(await ruleIdsFor("lib/data/x.ts", component)).toContain(RESTRICTED_IMPORT);
  });

  it("refuse process.env outside lib/env.ts", async () => {
    const code = "export const port = process.env.PORT;\n";
    expect(await ruleIdsFor("lib/mail/x.ts", code)).toContain("no-restricted-properties");
    expect(await ruleIdsFor("components/x.tsx", code)).toContain("no-restricted-properties");
    expect(await ruleIdsFor("lib/env.ts", code)).not.toContain("no-restricted-properties");
  });
});
