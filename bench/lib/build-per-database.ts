import { existsSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import { exitCodeOf, runNext } from "../../scripts/lib/next-process";

/**
 * One production build, prerendered once per database into a folder of its own. A build holds
 * its database's content (the sitemap, the home page, … are prerendered at build time), and the
 * pages and data a server caches at run time land in the build folder too, so two databases must
 * not share one; with a folder each, their servers can run side by side. Compiling takes minutes
 * and does not depend on the database; prerendering takes seconds. So the app is compiled once
 * (`next build --experimental-build-mode=compile`) into a pristine copy, and for each database
 * that copy is put into the database's build folder and prerendered against that database
 * (`--experimental-build-mode=generate`): each server starts from a build as fresh as a full
 * `next build` against its own database would give.
 */
export class BuildPerDatabase {
  private readonly pristine: string;
  private compiled = false;

  constructor(
    /** Where the app is compiled; the pristine copy sits beside it (`<compileDir>-compiled`). */
    private readonly compileDir: string,
    private readonly env: Record<string, string>,
    private readonly log: (line: string) => void,
  ) {
    this.pristine = `${compileDir}-compiled`;
  }

  /**
   * Puts a build prerendered against `databaseUrl` into `distDir`, with `env` (the server's
   * public address and VIGIL_DIST_DIR = distDir) as the server that serves it will have it.
   */
  async prepareFor(
    databaseUrl: string,
    options: { reuseCompiled: boolean; distDir: string; env: Record<string, string> },
  ): Promise<void> {
    if (!this.compiled) {
      if (options.reuseCompiled && existsSync(`${this.pristine}/BUILD_ID`)) {
        this.log(`Reusing the compiled app in ${this.pristine}.`);
      } else {
        this.log(`Compiling the app into ${this.compileDir}…`);
        const env = { ...this.env, VIGIL_DIST_DIR: this.compileDir };
        await this.next(["build", "--experimental-build-mode=compile"], databaseUrl, env);
        await rm(this.pristine, { recursive: true, force: true });
        await cp(this.compileDir, this.pristine, { recursive: true });
      }
      this.compiled = true;
    }
    await rm(options.distDir, { recursive: true, force: true });
    await cp(this.pristine, options.distDir, { recursive: true });
    this.log(`Prerendering against this database into ${options.distDir}…`);
    await this.next(["build", "--experimental-build-mode=generate"], databaseUrl, {
      ...options.env,
      VIGIL_DIST_DIR: options.distDir,
    });
  }

  private async next(args: string[], databaseUrl: string, env: Record<string, string>) {
    const code = await exitCodeOf(runNext(args, { databaseUrl, env }));
    if (code !== 0) throw new Error(`next ${args.join(" ")} failed (exit code ${code})`);
  }
}
