import { existsSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import { exitCodeOf, runNext } from "../../scripts/lib/next-process";

/**
 * One production build, prerendered once per database. A build holds its database's content
 * (the sitemap, the home page, … are prerendered at build time), and the pages and data a
 * server caches at run time land in the build folder too, so two databases must not share one.
 * Compiling takes minutes and does not depend on the database; prerendering takes seconds. So
 * the app is compiled once (`next build --experimental-build-mode=compile`) into a pristine
 * copy, and for each database that copy is put back into the build folder and prerendered
 * against that database (`--experimental-build-mode=generate`): each server starts from a
 * build as fresh as a full `next build` against its own database would give.
 */
export class BuildPerDatabase {
  private readonly pristine: string;
  private compiled = false;

  constructor(
    private readonly distDir: string,
    private readonly env: Record<string, string>,
    private readonly log: (line: string) => void,
  ) {
    this.pristine = `${distDir}-compiled`;
  }

  /** Puts a build prerendered against `databaseUrl` into the build folder. */
  async prepareFor(databaseUrl: string, options: { reuseCompiled: boolean }): Promise<void> {
    if (!this.compiled) {
      if (options.reuseCompiled && existsSync(`${this.pristine}/BUILD_ID`)) {
        this.log(`Reusing the compiled app in ${this.pristine}.`);
      } else {
        this.log(`Compiling the app into ${this.distDir}…`);
        await this.next(["build", "--experimental-build-mode=compile"], databaseUrl);
        await rm(this.pristine, { recursive: true, force: true });
        await cp(this.distDir, this.pristine, { recursive: true });
      }
      this.compiled = true;
    }
    await rm(this.distDir, { recursive: true, force: true });
    await cp(this.pristine, this.distDir, { recursive: true });
    this.log(`Prerendering against this database into ${this.distDir}…`);
    await this.next(["build", "--experimental-build-mode=generate"], databaseUrl);
  }

  private async next(args: string[], databaseUrl: string): Promise<void> {
    const code = await exitCodeOf(runNext(args, { databaseUrl, env: this.env }));
    if (code !== 0) throw new Error(`next ${args.join(" ")} failed (exit code ${code})`);
  }
}
