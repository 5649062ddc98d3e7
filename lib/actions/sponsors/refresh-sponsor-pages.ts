import "server-only";
import { revalidatePath } from "next/cache";
import { dashboardRoutes, inEveryLocale } from "@/lib/routes";

/** Re-renders the prisoner's dashboard pages after a sponsor write (none outside a request). */
export function refreshSponsorPages(prisonerId: string): void {
  try {
    revalidatePath(inEveryLocale(dashboardRoutes.edit("prisoner", prisonerId)), "layout");
  } catch (error) {
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    throw error;
  }
}
