import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { MediaUsage } from "@/lib/media/media-library";
import { dashboardRoutes } from "@/lib/routes";

function text(value: { en?: string; ru?: string }, locale: Locale): string {
  return value[locale] ?? value.en ?? value.ru ?? "—";
}

/** Where an asset is used, with links to the items that use it. */
export async function MediaUsageList({ usage, locale }: { usage: MediaUsage; locale: Locale }) {
  const t = await getTranslations("Media.detail");
  const all = await getTranslations();
  // The store's workflow labels, when its messages are there; the raw state otherwise.
  const stateLabel = (state: string) => {
    const key = `Workflow.states.${state}` as never;
    return all.has(key) ? all(key) : state;
  };
  const items = [
    ...usage.prisonerPhotos.map((p) => ({
      key: `p-${p.id}`,
      href: dashboardRoutes.edit("prisoner", p.id),
      label: t("prisonerPhoto", { name: text(p.name, locale), state: stateLabel(p.state) }),
    })),
    ...usage.publicationCovers.map((p) => ({
      key: `c-${p.id}`,
      href: null,
      label: t("publicationCover", { title: text(p.title, locale), state: stateLabel(p.state) }),
    })),
    ...usage.publicationAttachments.map((p) => ({
      key: `a-${p.id}`,
      href: null,
      label: t("publicationAttachment", {
        title: text(p.title, locale),
        state: stateLabel(p.state),
      }),
    })),
    ...usage.sourceDocuments.map((s) => ({
      key: `s-${s.id}`,
      href: null,
      label: t("sourceDocument", { title: s.title }),
    })),
  ];
  if (items.length === 0) return <p>{t("usageNone")}</p>;
  return (
    <ul className="list-disc ps-5">
      {items.map((item) => (
        <li key={item.key}>
          {item.href ? (
            <Link
              href={item.href}
              className="text-accent-800 underline underline-offset-2 dark:text-accent-100"
            >
              {item.label}
            </Link>
          ) : (
            item.label
          )}
        </li>
      ))}
    </ul>
  );
}
