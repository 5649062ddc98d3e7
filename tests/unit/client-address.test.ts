import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyClientHeaders,
  CLIENT_ADDRESS_HEADER,
  CLIENT_PROTOCOL_HEADER,
  compileTrustedProxies,
  resolveClientAddress,
  resolveClientProtocol,
} from "@/lib/security/client-address";

const LOOPBACK = ["127.0.0.1", "::1"];

describe("the client address", () => {
  it.each([
    // [what, trusted proxies, socket peer, X-Forwarded-For, client address]
    [
      "no trusted proxy: the socket, whatever XFF says",
      [],
      "198.51.100.7",
      "1.2.3.4",
      "198.51.100.7",
    ],
    ["no trusted proxy and no XFF", [], "198.51.100.7", undefined, "198.51.100.7"],
    [
      "trusted loopback, XFF 'a, b': b, the hop the proxy saw",
      LOOPBACK,
      "127.0.0.1",
      "203.0.113.1, 203.0.113.2",
      "203.0.113.2",
    ],
    ["trusted loopback over IPv6", LOOPBACK, "::1", "203.0.113.9", "203.0.113.9"],
    [
      "an untrusted peer's XFF is ignored even if it names a trusted proxy",
      LOOPBACK,
      "198.51.100.7",
      "127.0.0.1",
      "198.51.100.7",
    ],
    [
      "trusted chain: skips trusted hops, stops at the first untrusted",
      ["127.0.0.1", "10.0.0.0/8"],
      "127.0.0.1",
      "192.0.2.50, 203.0.113.5, 10.1.2.3, 10.0.0.9",
      "203.0.113.5",
    ],
    [
      "CIDR range: the peer inside the range is trusted",
      ["10.0.0.0/8"],
      "10.200.3.4",
      "203.0.113.8",
      "203.0.113.8",
    ],
    [
      "CIDR range: the peer just outside is not",
      ["10.0.0.0/8"],
      "11.0.0.1",
      "203.0.113.8",
      "11.0.0.1",
    ],
    [
      "IPv6 CIDR range",
      ["2001:db8::/32"],
      "2001:db8::5",
      "2001:db8:ffff::1, 2a00:1450::1",
      "2a00:1450::1",
    ],
    [
      "IPv4-mapped IPv6 socket address is the IPv4 address",
      [],
      "::ffff:198.51.100.7",
      undefined,
      "198.51.100.7",
    ],
    [
      "IPv4-mapped socket of a trusted IPv4 proxy is trusted",
      ["127.0.0.1"],
      "::ffff:127.0.0.1",
      "203.0.113.3",
      "203.0.113.3",
    ],
    ["IPv4-mapped address in XFF", LOOPBACK, "127.0.0.1", "::ffff:203.0.113.4", "203.0.113.4"],
    [
      "IPv6 in canonical short form",
      [],
      "2001:0db8:0000:0000:0000:0000:0000:0001",
      undefined,
      "2001:db8::1",
    ],
    [
      "garbage XFF from a trusted proxy: the proxy itself",
      LOOPBACK,
      "127.0.0.1",
      "not-an-address",
      "127.0.0.1",
    ],
    [
      "garbage after a valid hop: stops at the garbage, so the proxy",
      LOOPBACK,
      "127.0.0.1",
      "203.0.113.1, <script>",
      "127.0.0.1",
    ],
    ["numeric shorthand is not an address", LOOPBACK, "127.0.0.1", "2130706433", "127.0.0.1"],
    [
      "an address with a port is not an address",
      LOOPBACK,
      "127.0.0.1",
      "203.0.113.1:4711",
      "127.0.0.1",
    ],
    ["empty XFF from a trusted proxy: the proxy", LOOPBACK, "127.0.0.1", " , ", "127.0.0.1"],
    ["no socket address (closed): unknown", [], undefined, "203.0.113.1", null],
  ] as const)("%s", (_what, trusted, socketAddress, forwardedFor, expected) => {
    const trust = compileTrustedProxies(trusted);
    expect(resolveClientAddress({ socketAddress, forwardedFor }, trust)).toBe(expected);
  });
});

describe("the client protocol", () => {
  const trust = compileTrustedProxies(LOOPBACK);

  it("believes X-Forwarded-Proto only from a trusted proxy, and then its last entry", () => {
    const from = (socketAddress: string, forwardedProto?: string, socketEncrypted = false) =>
      resolveClientProtocol({ socketAddress, socketEncrypted, forwardedProto }, trust);

    expect(from("127.0.0.1", "https")).toBe("https");
    expect(from("198.51.100.7", "https")).toBe("http");
    expect(from("198.51.100.7", "http", true)).toBe("https");
    // A proxy that appends: the client's own "https" on the left is not believed.
    expect(from("127.0.0.1", "https, http")).toBe("http");
    expect(from("127.0.0.1", "gopher")).toBe("http");
    expect(from("127.0.0.1", undefined, true)).toBe("https");
  });
});

describe("the web server's request headers", () => {
  let server: Server;
  let port: number;
  let trusted = compileTrustedProxies([]);

  beforeAll(async () => {
    server = createServer((request, response) => {
      applyClientHeaders(request, trusted);
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(request.headers));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A real request over a socket from 127.0.0.1, with the given headers. */
  function send(headers: Record<string, string>): Promise<Record<string, string>> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(JSON.parse(body) as Record<string, string>));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
  }

  const forged = {
    "x-forwarded-for": "203.0.113.66",
    "x-forwarded-proto": "https",
    "x-forwarded-host": "evil.example",
    forwarded: "for=203.0.113.66;proto=https",
    [CLIENT_ADDRESS_HEADER]: "203.0.113.77",
    [CLIENT_PROTOCOL_HEADER]: "https",
  };

  it("gives the socket's address to an untrusted peer and drops the headers it forged", async () => {
    trusted = compileTrustedProxies([]);
    const seen = await send(forged);

    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(seen[CLIENT_PROTOCOL_HEADER]).toBe("http");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
  });

  it("reads X-Forwarded-For and -Proto when the peer is a trusted proxy, and still overwrites its own headers", async () => {
    trusted = compileTrustedProxies(LOOPBACK);
    const seen = await send(forged);

    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.66");
    expect(seen[CLIENT_PROTOCOL_HEADER]).toBe("https");
    expect(seen["x-forwarded-for"]).toBe("203.0.113.66");
  });
});
