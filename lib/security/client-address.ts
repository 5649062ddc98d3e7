import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import type { TLSSocket } from "node:tls";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

/**
 * Who is on the other end of a request: the client's address and the protocol it used. Decided
 * once per request by Vigil's web server (scripts/lib/web-server.ts), which alone sees the socket,
 * and handed to the app in headers of its own that it always overwrites; the app reads them
 * through lib/security/ip.ts and requestProtocol() below, and never reads X-Forwarded-* itself.
 *
 * The rule (proxy-addr's, as Express uses it): the client is the socket's peer address, unless
 * the peer is a trusted proxy (VIGIL_TRUSTED_PROXIES); only then is X-Forwarded-For read from
 * right to left, skipping trusted hops, and the first untrusted hop is the client. Entries left
 * of it were written by the client and are ignored: nobody can choose the address they are
 * limited and logged under by sending a header.
 *
 * No "server-only" here: the web server (plain Node.js) imports this module too.
 */

/** The client's address as the web server resolved it ("203.0.113.7", "2001:db8::1"). */
export const CLIENT_ADDRESS_HEADER = "x-vigil-client-address";
/** "https" or "http": the socket's, or the trusted proxy's X-Forwarded-Proto (resolveClientProtocol). */
export const CLIENT_PROTOCOL_HEADER = "x-vigil-client-protocol";

export type TrustProxy = (address: string, hop: number) => boolean;

/** The trust function for a list of addresses and CIDR ranges (an empty list trusts nobody). */
export function compileTrustedProxies(entries: readonly string[]): TrustProxy {
  if (entries.length === 0) return () => false;
  return proxyaddr.compile([...entries]);
}

/** "::ffff:203.0.113.7" → "203.0.113.7"; IPv6 in its canonical short form; null if not an IP. */
export function normaliseAddress(address: string | undefined | null): string | null {
  // isIP is strict (dotted quads, real IPv6); ipaddr.js alone would also take "2130706433".
  if (!address || isIP(address) === 0) return null;
  return ipaddr.process(address).toString();
}

export interface ForwardedRequest {
  /** The socket's peer address (undefined once the socket is gone). */
  socketAddress: string | undefined;
  /** The X-Forwarded-For header as received (several headers joined with ", "). */
  forwardedFor: string | undefined;
}

/**
 * The client's address, or null when the socket has none (closed). A hop a trusted proxy sent
 * that is not an IP address (garbage, "unknown", a port suffix) ends the walk at that proxy: the
 * proxy is then the nearest address known for certain.
 */
export function resolveClientAddress(request: ForwardedRequest, trust: TrustProxy): string | null {
  const hops = proxyaddr.all(
    {
      headers: { "x-forwarded-for": request.forwardedFor },
      socket: { remoteAddress: request.socketAddress },
    } as unknown as IncomingMessage,
    trust,
  );
  for (let index = hops.length - 1; index >= 0; index--) {
    const address = normaliseAddress(hops[index]);
    if (address) return address;
  }
  return null;
}

/**
 * The protocol of the request: X-Forwarded-Proto only when the peer is a trusted proxy (its last
 * entry, which the nearest proxy wrote), else whether the socket itself is TLS.
 */
export function resolveClientProtocol(
  request: { socketAddress: string | undefined; socketEncrypted: boolean; forwardedProto?: string },
  trust: TrustProxy,
): "https" | "http" {
  const own = request.socketEncrypted ? "https" : "http";
  if (!request.socketAddress || !trust(request.socketAddress, 0)) return own;
  const forwarded = request.forwardedProto?.split(",").pop()?.trim().toLowerCase();
  return forwarded === "https" || forwarded === "http" ? forwarded : own;
}

/** Headers a proxy sets; from anyone but a trusted proxy they are the client's invention. */
const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-forwarded-proto",
];

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Decides the client's address and protocol once, before Next.js sees the request, and writes
 * them into Vigil's own headers, overwriting whatever the client sent under those names. From an
 * untrusted peer the X-Forwarded-* headers are dropped too, so that Next.js (server actions'
 * origin check, Auth.js) fills them from the socket instead of believing the client.
 */
export function applyClientHeaders(request: IncomingMessage, trust: TrustProxy): void {
  const socketAddress = request.socket.remoteAddress;
  const address = resolveClientAddress(
    { socketAddress, forwardedFor: headerText(request.headers["x-forwarded-for"]) },
    trust,
  );
  const protocol = resolveClientProtocol(
    {
      socketAddress,
      socketEncrypted: Boolean((request.socket as Partial<TLSSocket>).encrypted),
      forwardedProto: headerText(request.headers["x-forwarded-proto"]),
    },
    trust,
  );
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  request.headers[CLIENT_PROTOCOL_HEADER] = protocol;
  if (!socketAddress || !trust(socketAddress, 0)) {
    for (const name of FORWARDING_HEADERS) delete request.headers[name];
  }
}

/** The protocol header the web server set ("http" when it is missing). */
export function requestProtocol(headers: Pick<Headers, "get">): "https" | "http" {
  return headers.get(CLIENT_PROTOCOL_HEADER) === "https" ? "https" : "http";
}
