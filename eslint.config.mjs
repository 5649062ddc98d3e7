import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers (HOUSE_STYLE.md: route → lib/data → component), enforced: pages and components never
 * reach the database (types only: DTOs may name Prisma's enums), server actions never write rows
 * themselves, lib/data never renders or redirects, and settings are read in lib/env.ts alone. tests/unit/lint-layers.test.ts shows that
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
    // lib/actions/README.md: an action validates, authorises and calls one write of lib/data or
    // the content store; the rows themselves are written there, never here.
    files: ["lib/actions/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["@/lib/content-store", "@/lib/content-store/types"].map((name) => ({
            name,
            importNames: ["Tx"],
            message: "Actions never write through a transaction: call a write in lib/data.",
          })),
          patterns: [
            {
              group: DATABASE_MODULES,
              allowTypeImports: true,
              message: "Actions call one write in lib/data or the content store, never Prisma.",
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

/**
 * Files and functions small enough to read in one go (issue 15): a source file of app/,
 * components/ or lib/ over 400 lines, or a function over 120, fails lint. Message files, the
 * generated client and demo data are not source files here.
 */
const sizeRules = [
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "max-lines": ["error", { max: 400 }],
      "max-lines-per-function": ["error", { max: 120 }],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...layerRules,
  ...sizeRules,
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
