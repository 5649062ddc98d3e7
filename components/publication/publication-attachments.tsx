import { getLocale, getTranslations } from "next-intl/server";
import { fileSizeText } from "@/components/content/file-size";
import type { PublicationAttachmentDto } from "@/lib/data/publications";

/**
 * The files of a publication. Each link names the file and says its type and size, so that a
 * reader on a slow or metered connection knows what a click costs (WCAG 2.4.4: the purpose of
 * each link is clear from its text).
 */
export async function PublicationAttachments({
  attachments,
}: {
  attachments: PublicationAttachmentDto[];
}) {
  const [t, locale] = await Promise.all([getTranslations("PublicationsPage"), getLocale()]);
  return (
    <ul className="flex flex-col gap-3">
      {attachments.map((attachment) => {
        const type =
          attachment.kind === "PDF"
            ? t("fileTypePdf")
            : attachment.kind === "IMAGE"
              ? t("fileTypeImage")
              : t("fileTypeOther");
        const title = attachment.title?.text ?? attachment.filename;
        return (
          <li key={attachment.id}>
            <a
              href={attachment.href}
              download={attachment.kind === "PDF" ? attachment.filename : undefined}
              type={attachment.mimeType}
              className="flex min-h-11 items-start gap-3 rounded-md border border-slate-300 p-3 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="mt-0.5 size-5 shrink-0 text-accent-700 dark:text-accent-200"
                fill="currentColor"
              >
                <path d="M9 2h2v9.6l3.3-3.3 1.4 1.4L10 15.4 4.3 9.7l1.4-1.4L9 11.6V2ZM3 16h14v2H3v-2Z" />
              </svg>
              <span className="flex flex-col">
                <span
                  lang={attachment.title?.isFallback ? attachment.title.lang : undefined}
                  className="font-semibold text-accent-800 underline underline-offset-4 dark:text-accent-100"
                >
                  {t("download", { title })}
                </span>
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {t("fileDetails", {
                    type,
                    size: fileSizeText(attachment.byteSize, locale),
                  })}
                </span>
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
