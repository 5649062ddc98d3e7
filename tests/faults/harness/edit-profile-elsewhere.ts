/**
 * An editor's change to a published profile made outside any web server, in a process of its own
 * with the servers' settings (DATABASE_URL, VIGIL_REDIS_URL), through the content store as the
 * dashboard's actions write: the change, its revision and audit row in one transaction, then
 * `revalidateContent` with the profile's tags, which outside a request reaches the shared cache
 * in Redis (lib/cache/shared-revalidation.ts). tests/faults/redis-cache.test.ts runs it:
 *
 *   node --import tsx --conditions=react-server tests/faults/harness/edit-profile-elsewhere.ts \
 *     <slug> occupation <text>     sets the occupation shown on the profile
 *   ... <slug> redact occupation   keeps the occupation off every public page
 *   ... <slug> archive             takes the profile off the site (and off the home page's figures)
 *
 * Exits 0 once the revalidation has reached Redis, 2 when it could not join the shared cache, 3
 * when the revalidation did not reach Redis.
 */
import { joinRedisCacheFromScript } from "@/lib/cache/redis-cache-owner";
import { settleSharedRevalidations } from "@/lib/cache/shared-revalidation";
import { transitionContent, updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { getRedisClient } from "@/lib/redis/client";
import { createStaffUser } from "../../fixtures/staff-users";

const [slug, operation, text] = process.argv.slice(2);
if (!slug || !["occupation", "redact", "archive"].includes(operation ?? "")) {
  console.error(
    "usage: edit-profile-elsewhere.ts <slug> occupation <text> | redact <field> | archive",
  );
  process.exit(64);
}

if (!(await joinRedisCacheFromScript(requireDatabaseUrl()))) {
  console.error("Could not join the shared cache in Redis.");
  process.exit(2);
}
const editor = await createStaffUser("EDITOR");
const prisoner = await prisma.prisoner.findUniqueOrThrow({
  where: { slug },
  select: { id: true, version: true, redactedFields: true },
});
if (operation === "archive") {
  await transitionContent(editor, {
    type: "prisoner",
    id: prisoner.id,
    expectedVersion: prisoner.version,
    to: "ARCHIVED",
  });
} else {
  await updateContent(editor, {
    type: "prisoner",
    id: prisoner.id,
    expectedVersion: prisoner.version,
    summary: "fault suite: shared cache",
    apply: async (tx) => {
      await tx.prisoner.update({
        where: { id: prisoner.id },
        data:
          operation === "occupation"
            ? { occupation: { en: text, ru: text } }
            : { redactedFields: [...new Set([...prisoner.redactedFields, text!])] },
      });
    },
  });
}
const reached = await settleSharedRevalidations();
await prisma.$disconnect();
await getRedisClient()?.close();
process.exit(reached ? 0 : 3);
