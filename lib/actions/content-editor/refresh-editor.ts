import "server-only";
import { refresh } from "next/cache";

/**
 * Re-renders the page around the form after a save (Next.js's refresh() for Server Actions), so
 * that the form starts again from the stored values and the new version, as the prisoner editor
 * does. Create and delete actions redirect instead. Outside a Server Action (integration tests
 * call the actions as plain functions) there is no page to refresh.
 */
export function refreshEditor(): void {
  try {
    refresh();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("refresh can only be called")) return;
    throw error;
  }
}
