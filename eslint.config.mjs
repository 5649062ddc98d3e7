import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers (HOUSE_STYLE.md: route → lib/data → component), enforced: pages and components never
 * reach the database (types only: DTOs may name Prisma's enums), lib/data never renders or
 * redirects, and settings are read in lib/env.ts alone. tests/unit/lint-layers.test.ts shows that
 * each rule fails on a deliberate violation.
 */
const DATABASE_MODULES = [
  "@/lib/db",
  "@/lib/postgres/*",
  "@/lib/generated/prisma/*",
  // Classifies an error as "database unreachable"; touches nothing (routes answer 503 with it).
  "!@/lib/postgres/unavailable",
];
const layerRules = [
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE_MODULES,
              allowTypeImports: true,
              message: "Pages and components read through lib/data (DTOs), never the database.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/data/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "next/navigation"],
              message:
                "lib/data returns data and throws typed errors (lib/errors.ts): no components, no redirects.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    // migrate.ts hands the whole environment to the Prisma CLI it spawns; it reads no setting.
    ignores: ["lib/env.ts", "lib/postgres/migrate.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings from lib/env.ts." },
      ],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...layerRules,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "coverage/**",
  ]),
]);
