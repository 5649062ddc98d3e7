import path from "node:path";
import type { Role } from "@/lib/auth/policy";
import { e2ePort } from "./port";

/**
 * Where the `setup` project keeps the role sessions and users, per port (parallel runs do not
 * mix). Light on purpose: playwright.config.ts imports it.
 */
export const staffAuthDir = path.join(".data", `e2e-auth-${e2ePort}`);

export function storageStatePath(role: Role): string {
  return path.join(staffAuthDir, `${role.toLowerCase()}.json`);
}
