import { getTranslations } from "next-intl/server";
import { CopyLinkButton } from "@/components/profile/copy-link-button";
import { buttonClass } from "@/components/ui/button";

interface ShareLinksProps {
  /** Absolute address of the page. */
  url: string;
  name: string;
  summary: string | null;
}

/**
 * Share links: plain links to each service's own share page, so no third-party script or
 * request is ever loaded (the service learns of the page only when the reader chooses to share).
 * The links are named by the service alone; the section's heading says what they do.
 */
export async function ShareLinks({ url, name, summary }: ShareLinksProps) {
  const t = await getTranslations("ProfileShare");
  const text = t("text", { name });
  const mailBody = [summary, url].filter(Boolean).join("\n\n");
  const links = [
    {
      service: t("email"),
      href: `mailto:?subject=${encodeURIComponent(t("emailSubject", { name }))}&body=${encodeURIComponent(mailBody)}`,
    },
    {
      service: t("x"),
      href: `https://x.com/intent/post?${new URLSearchParams({ text, url })}`,
    },
    {
      service: t("facebook"),
      href: `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}`,
    },
    {
      service: t("telegram"),
      href: `https://t.me/share/url?${new URLSearchParams({ url, text })}`,
    },
  ];

  return (
    <section aria-labelledby="share-heading" className="print:hidden">
      <h2
        id="share-heading"
        className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-50"
      >
        {t("heading")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <ul className="contents">
          {links.map((link) => (
            <li key={link.service}>
              <a href={link.href} rel="noopener noreferrer" className={buttonClass("secondary")}>
                {link.service}
              </a>
            </li>
          ))}
        </ul>
        <CopyLinkButton
          label={t("copy")}
          copiedMessage={t("copied")}
          failedMessage={t("copyFailed")}
        />
      </div>
    </section>
  );
}
