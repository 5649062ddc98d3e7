import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LARGEST_REQUEST_BODY_BYTES } from "./web-server";
import { exitCodeOf, hasExited } from "./next-process";

const deployDir = fileURLToPath(new URL("../../deploy/", import.meta.url));
/** Debian's nginx (package `nginx`; .ci/run installs it). */
const NGINX = "/usr/sbin/nginx";

export interface NginxSettings {
  /** What nginx listens on: "127.0.0.1:8450". */
  listen: string;
  /** The Vigil instances: "127.0.0.1:3450". */
  upstreams: readonly string[];
  /** The build folder the instances serve (`VIGIL_DIST_DIR`), relative to the checkout or absolute. */
  distDir: string;
}

/**
 * deploy/nginx.conf with its @NAME@ markers filled in (the checkout's absolute paths, the body
 * limit of scripts/lib/web-server.ts). Throws if a marker is left, so that a marker added to the
 * template without a value here fails at start rather than in nginx's parser.
 */
export async function renderNginxConfig(settings: NginxSettings): Promise<string> {
  const root = path.resolve(deployDir, "..");
  const values: Record<string, string> = {
    LISTEN: settings.listen,
    UPSTREAM_SERVERS: settings.upstreams
      .map((address) => `    server ${address} max_fails=1 fail_timeout=2s;`)
      .join("\n"),
    NEXT_STATIC_DIR: `${path.resolve(root, settings.distDir, "static")}/`,
    PUBLIC_DIR: path.join(root, "public"),
    CLIENT_MAX_BODY_SIZE: String(LARGEST_REQUEST_BODY_BYTES),
    MIME_TYPES: "/etc/nginx/mime.types",
    PROXY_SETTINGS: path.join(deployDir, "nginx-proxy.conf"),
  };
  const template = await readFile(path.join(deployDir, "nginx.conf"), "utf8");
  // Comment lines keep their markers: they document them.
  return template
    .split("\n")
    .map((line) =>
      /^\s*#/.test(line)
        ? line
        : line.replace(/@([A-Z_]+)@/g, (marker, name: string) => {
            const value = values[name];
            if (value === undefined) throw new Error(`deploy/nginx.conf: no value for ${marker}`);
            return value;
          }),
    )
    .join("\n");
}

export interface RunningNginx {
  readonly url: string;
  readonly process: ChildProcess;
  /** Where its configuration, logs and temporary files are (removed by stop()). */
  readonly prefix: string;
  /** Stops it (QUIT: finish the requests in flight, then exit; KILL after 10 s) and removes the prefix. */
  stop(): Promise<void>;
}

/**
 * Debian's nginx in the foreground as the current user, its configuration, pid file, logs and
 * temporary files in a fresh folder; resolves once it accepts connections.
 */
export async function startNginx(
  settings: NginxSettings,
  options: { quiet?: boolean } = {},
): Promise<RunningNginx> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), "vigil-nginx-"));
  await Promise.all(
    ["logs", "temp"].map((folder) => mkdir(path.join(prefix, folder), { recursive: true })),
  );
  const config = path.join(prefix, "nginx.conf");
  await writeFile(config, await renderNginxConfig(settings));
  // Started as root, nginx would hand its workers to `nobody`, who cannot use the private prefix.
  const globals = `daemon off;${process.getuid?.() === 0 ? " user root;" : ""}`;
  const child = spawn(NGINX, ["-p", `${prefix}/`, "-c", config, "-g", globals], {
    stdio: options.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
  });
  const url = localUrl(settings.listen);
  // Should the launcher exit without stop() (another exit hook calling process.exit), nginx
  // must not outlive it on its port.
  const killAtExit = () => child.kill("SIGQUIT");
  process.once("exit", killAtExit);
  const stop = async () => {
    process.off("exit", killAtExit);
    if (!hasExited(child)) {
      const exited = exitCodeOf(child);
      child.kill("SIGQUIT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (hasExited(child)) {
      const log = await readFile(path.join(prefix, "logs", "error.log"), "utf8").catch(() => "");
      await stop();
      throw new Error(
        `nginx exited while starting (${child.exitCode ?? child.signalCode}). ${log}`,
      );
    }
    try {
      await fetch(`${url}/_next/static/`, { signal: AbortSignal.timeout(1_000) });
      return { url, process: child, prefix, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not accept connections at ${url} within 10 s.`);
}

/** Where this machine reaches nginx: its listen address, or 127.0.0.1 for a bare port or 0.0.0.0. */
function localUrl(listen: string): string {
  const colon = listen.lastIndexOf(":");
  const host = colon === -1 ? "127.0.0.1" : listen.slice(0, colon);
  const port = colon === -1 ? listen : listen.slice(colon + 1);
  return `http://${host === "0.0.0.0" || host === "*" ? "127.0.0.1" : host}:${port}`;
}
