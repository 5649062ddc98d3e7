import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** "← Back to Prisoners": the way up from a detail page, named so it makes sense on its own. */
export async function BackLink({ href, section }: { href: string; section: string }) {
  const t = await getTranslations("Common");
  return (
    <p className="mb-6">
      <Link href={href} className="up-link">
        <span aria-hidden="true">←</span>
        {t("backTo", { section })}
      </Link>
    </p>
  );
}
