import { getTranslations } from "next-intl/server";
import { CopyCodeButton } from "@/components/embeds/copy-code-button";
import { absoluteUrl } from "@/components/profile/absolute-url";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/routes";

/** The iframe's size: the card's own (lib/embeds/embed-html.ts), with room for two-line titles. */
const FRAME = { width: 480, height: 160 } as const;

/** The iframe code for a partner site, for one embed path ("/embed/prisoner/x"). */
export function embedIframeCode(locale: Locale, path: string, title: string): string {
  const src = absoluteUrl(localized(locale, path));
  const escapedTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${src}" title="${escapedTitle}" width="${FRAME.width}" height="${FRAME.height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/**
 * "Put this card on your website": a closed <details> with the iframe code in a read-only field
 * (selectable without JavaScript) and a copy button where the Clipboard API is there. The
 * address is on the site's public origin (a cached page is the same for everyone).
 */
export async function EmbedCode({
  id,
  locale,
  path,
  title,
}: {
  /** Prefix of the field's ids, unique on the page. */
  id: string;
  locale: Locale;
  path: string;
  /** The iframe's title (its accessible name on the partner's page). */
  title: string;
}) {
  const t = await getTranslations("Embeds");
  const code = embedIframeCode(locale, path, title);
  return (
    <EmbedCodeDetails
      id={id}
      code={code}
      t={{
        summary: t("codeSummary"),
        label: t("codeLabel"),
        help: t("codeHelp", { site: "Vigil" }),
        copy: t("copy"),
        copied: t("copied"),
        copyFailed: t("copyFailed"),
      }}
    />
  );
}

function EmbedCodeDetails({
  id,
  code,
  t,
}: {
  id: string;
  code: string;
  t: Record<"summary" | "label" | "help" | "copy" | "copied" | "copyFailed", string>;
}) {
  return (
    <details className="rounded-md border border-slate-300 p-4 dark:border-slate-600 print:hidden">
      <summary className="cursor-pointer font-semibold">{t.summary}</summary>
      <div className="mt-4 flex flex-col gap-2">
        <label htmlFor={`${id}-code`} className="font-semibold">
          {t.label}
        </label>
        <p id={`${id}-help`} className="text-sm text-slate-700 dark:text-slate-300">
          {t.help}
        </p>
        <textarea
          id={`${id}-code`}
          aria-describedby={`${id}-help`}
          readOnly
          rows={4}
          value={code}
          className="w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <CopyCodeButton
          code={code}
          label={t.copy}
          copiedMessage={t.copied}
          failedMessage={t.copyFailed}
        />
      </div>
    </details>
  );
}
