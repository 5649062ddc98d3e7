/**
 * The layers that an import several steps away can break, which eslint's per-file rules cannot
 * see (eslint.config.mjs has the direct ones): `npx depcruise` runs in `npm run lint`.
 * tests/unit/lint-layers.test.ts shows each rule failing on a deliberate violation.
 *
 * Type-only imports are left out of the graph (tsPreCompilationDeps: false): a component may
 * name a Prisma enum's type, which erases at compile time.
 */
const DATABASE = "^lib/(db[.]ts|postgres/(?!unavailable[.]ts)|generated/prisma/)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "components-never-reach-the-database",
      comment:
        "Components render DTOs: they never import the database, also not through a subsystem " +
        "folder (lib/export, lib/signing …). Pages read through lib/data and pass DTOs down.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: DATABASE, reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Server actions are the boundary a client form calls across: the component holds only a
    // reference to the action, so what the action imports is not followed.
    exclude: { path: "^(lib/generated|[.]next|lib/actions/)" },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
