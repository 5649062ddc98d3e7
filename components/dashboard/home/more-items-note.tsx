import { getTranslations } from "next-intl/server";
import type { AttentionBlock } from "@/lib/data/attention";

/** Under a block's short list: how many more items there are than it shows (nothing if none). */
export async function MoreItemsNote({ block }: { block: AttentionBlock<unknown> }) {
  if (block.count <= block.items.length) return null;
  const t = await getTranslations("DashboardHome");
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {t("more", { count: block.count - block.items.length })}
    </p>
  );
}
