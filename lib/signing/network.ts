import "server-only";
import { hashIp } from "@/lib/security/ip";

/**
 * The network an address belongs to, for burst detection: IPv4 /24, IPv6 /48 (what one
 * household, office or small hosting customer usually gets). Returned as the keyed hash only.
 */
export function hashNetwork(ip: string): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
    return hashIp(`${ip.split(".").slice(0, 3).join(".")}.0/24`);
  }
  const groups = expandIpv6(ip);
  return hashIp(groups ? `${groups.slice(0, 3).join(":")}::/48` : `${ip}/net`);
}

/** The eight groups of an IPv6 address, or null for something else. */
function expandIpv6(ip: string): string[] | null {
  const address = ip.split("%")[0]!;
  if (!address.includes(":")) return null;
  const [head, tail] = address.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) =>
    group.toLowerCase().padStart(4, "0"),
  );
}
