import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureE2eBuild, E2E_DIST_DIR } from "./harness/e2e-build";
import { formatReportTable, readReportRows } from "./harness/fault-report";
import { prepareTemplateCluster } from "./harness/template-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    faultsTemplateDir: string;
    faultsReportFile: string;
  }
}

/** Where the table is written for people and CI to read after the run. */
const REPORT_PATH = ".data/faults-report.md";

/**
 * Once per run: the end-to-end build (reused while current), the template cluster the scenarios
 * copy, and a file the scenarios append their figures to. The teardown prints the table and
 * removes what the setup made, whatever the scenarios did.
 */
export default async function setup(project: TestProject) {
  // Rebuilt when the sources changed; VIGIL_FAULTS_REBUILD=1 rebuilds anyway.
  const build = await ensureE2eBuild({ rebuild: process.env.VIGIL_FAULTS_REBUILD === "1" });
  console.info(
    build.outcome === "reused"
      ? `[faults] Reusing the end-to-end build in ${E2E_DIST_DIR}.`
      : `[faults] Built the end-to-end build in ${E2E_DIST_DIR}: ${build.reason}.`,
  );
  const template = await prepareTemplateCluster();
  const reportDir = await mkdtemp(path.join(os.tmpdir(), "vigil-faults-report-"));
  const reportFile = path.join(reportDir, "rows.jsonl");
  project.provide("faultsTemplateDir", template.dir);
  project.provide("faultsReportFile", reportFile);

  return async () => {
    try {
      const rows = await readReportRows(reportFile);
      const table = formatReportTable(rows, `Fault suite, ${new Date().toISOString()}`);
      console.info(`\n${table}\n`);
      await mkdir(path.dirname(REPORT_PATH), { recursive: true });
      await writeFile(REPORT_PATH, `${table}\n`);
    } finally {
      await template.remove();
      await rm(reportDir, { recursive: true, force: true });
    }
  };
}
