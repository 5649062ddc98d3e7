import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** "← Back to Prisoners": the way up from a detail page, named so it makes sense on its own. */
export async function BackLink({ href, section }: { href: string; section: string }) {
  const t = await getTranslations("Common");
  return (
    <p className="mb-6">
      <Link
        href={href}
        className="inline-flex min-h-11 items-center gap-1 rounded-sm font-medium text-accent-700 underline-offset-4 hover:underline dark:text-accent-200"
      >
        <span aria-hidden="true">←</span>
        {t("backTo", { section })}
      </Link>
    </p>
  );
}
