import "server-only";
import { revalidatePath } from "next/cache";
import { dashboardRoutes, inEveryLocale } from "@/lib/routes";

/**
 * Re-renders the letter and signatory pages of the dashboard after a write, so that forms start
 * again from the stored values and version. Outside a Next.js request (integration tests call
 * the actions directly) there is no page to refresh.
 */
export function refreshLetterPages(): void {
  for (const type of ["letter", "notableSignatory"] as const) {
    try {
      revalidatePath(inEveryLocale(dashboardRoutes.list(type)), "layout");
    } catch (error) {
      if (error instanceof Error && error.message.includes("static generation store missing")) {
        return;
      }
      throw error;
    }
  }
}
