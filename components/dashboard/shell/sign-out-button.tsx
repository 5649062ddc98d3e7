import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import type { Locale } from "@/lib/i18n/routing";

/** Signing out is a POST (a form), never a link: a link could be followed by a prefetch. */
export async function SignOutButton({ locale }: { locale: Locale }) {
  const t = await getTranslations("DashboardShell");
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <Button type="submit" variant="secondary" className="w-full">
        {t("signOut")}
      </Button>
    </form>
  );
}
