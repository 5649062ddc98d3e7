import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderNginxConfig } from "../../scripts/lib/nginx-proxy";
import { LARGEST_REQUEST_BODY_BYTES } from "../../scripts/lib/web-server";

/** What deploy/nginx.conf promises, read from the configuration nginx is given. */
describe("the nginx configuration", () => {
  const settings = {
    listen: "127.0.0.1:8459",
    upstreams: ["127.0.0.1:3458", "127.0.0.1:3459"],
    distDir: ".next-cluster",
  };

  it("is accepted by Debian's nginx (nginx -t)", async () => {
    const prefix = await mkdtemp(path.join(os.tmpdir(), "vigil-nginx-test-"));
    try {
      await mkdir(path.join(prefix, "logs"));
      await mkdir(path.join(prefix, "temp"));
      const config = path.join(prefix, "nginx.conf");
      await writeFile(config, await renderNginxConfig(settings));
      const check = spawnSync(
        "/usr/sbin/nginx",
        ["-t", "-p", `${prefix}/`, "-c", config, "-g", "daemon off;"],
        { encoding: "utf8" },
      );
      expect(check.stderr).toContain("test is successful");
    } finally {
      await rm(prefix, { recursive: true, force: true });
    }
  });

  it("replaces the forwarding headers, refuses bodies above the app's largest and never retries a POST", async () => {
    const config = await renderNginxConfig(settings);
    const proxy = await readFile("deploy/nginx-proxy.conf", "utf8");
    const active = (text: string) => text.replace(/#.*$/gm, "");
    expect(active(config)).not.toMatch(/@[A-Z_]+@/);
    expect(active(proxy)).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(active(proxy)).not.toContain("$proxy_add_x_forwarded_for");
    expect(active(proxy)).toMatch(/proxy_set_header X-Forwarded-Host "";/);
    expect(active(proxy)).toMatch(/proxy_set_header X-Request-Id \$request_id;/);
    expect(active(proxy)).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(active(proxy)).not.toContain("non_idempotent");
    expect(active(config)).toContain(`client_max_body_size ${LARGEST_REQUEST_BODY_BYTES};`);
    // No client address in the access log (signers' addresses are kept only as keyed hashes).
    const logFormat = /log_format vigil([^;]*);/.exec(active(config))?.[1] ?? "";
    expect(logFormat).not.toMatch(/\$remote_addr|\$http_x_forwarded_for|\$binary_remote_addr/);
  });
});
