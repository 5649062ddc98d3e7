import { langOf } from "@/components/ui/localized";
import type { ResolvedText } from "@/lib/i18n/resolved-text";
import { Link } from "@/lib/i18n/navigation";

interface LinkedItem {
  key: string;
  href: string;
  label: ResolvedText;
}

/** A short list of links to related pages (the people or countries a text concerns). */
export function LinkedItems({ items }: { items: LinkedItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            lang={langOf(item.label)}
            className="inline-flex min-h-11 items-center rounded-sm font-medium text-accent-700 underline decoration-1 underline-offset-4 hover:decoration-2 dark:text-accent-200"
          >
            {item.label.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}
