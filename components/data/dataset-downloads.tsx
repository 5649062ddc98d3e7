import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { fileSizeText } from "@/components/content/file-size";
import type { DatasetDto } from "@/lib/datasets/dataset-list";
import { ProseSection } from "./prose-section";

const DICTIONARY = "data-dictionary.md";
const CHECKSUMS = "SHA256SUMS";

interface DatasetDownloadsProps {
  /** The kept days, newest first. */
  datasets: DatasetDto[];
  kept: number;
  /** "04:41": when the daily job runs (UTC), or null when it is not a daily schedule. */
  dailyTime: string | null;
}

async function DatasetFiles({ dataset, caption }: { dataset: DatasetDto; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("DataPage.datasets"), getLocale()]);
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium text-slate-900 dark:text-slate-100">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            <th scope="col" className="py-2 pe-4 font-semibold">
              {t("file")}
            </th>
            <th scope="col" className="py-2 pe-4 font-semibold">
              {t("size")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("sha256")}
            </th>
          </tr>
        </thead>
        <tbody>
          {dataset.files.map((file) => (
            <tr key={file.name} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-2 pe-4 font-normal">
                <a href={file.url} className="text-link" download={file.name}>
                  {file.name}
                </a>
              </th>
              <td className="py-2 pe-4 whitespace-nowrap">{fileSizeText(file.bytes, locale)}</td>
              <td className="py-2">
                <code className="break-all text-xs">{file.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The daily snapshots: the newest in full with its dictionary and checksums, the older days
 * folded (a <details>, which opens without JavaScript). Before the first build the section says
 * when it will appear.
 */
export async function DatasetDownloads({ datasets, kept, dailyTime }: DatasetDownloadsProps) {
  const [t, format] = await Promise.all([getTranslations("DataPage.datasets"), getFormatter()]);
  const time = dailyTime ?? "—";
  const captionOf = (dataset: DatasetDto) =>
    t("caption", {
      date: format.dateTime(new Date(`${dataset.date}T00:00:00Z`), {
        dateStyle: "long",
        timeZone: "UTC",
      }),
      prisoners: dataset.prisoners,
      cases: dataset.cases,
      charges: dataset.charges,
      events: dataset.events,
    });
  const [newest, ...older] = datasets;
  const fileUrl = (name: string) => newest?.files.find((file) => file.name === name)?.url;
  const dictionaryUrl = fileUrl(DICTIONARY);
  const checksumsUrl = fileUrl(CHECKSUMS);
  return (
    <ProseSection id="datasets" title={t("title")}>
      <p>{t("body", { kept })}</p>
      <p>{t("schedule", { time })}</p>
      {newest ? (
        <>
          <ul className="flex list-disc flex-col gap-1 ps-6">
            {dictionaryUrl ? (
              <li>
                <a href={dictionaryUrl} className="text-link">
                  {t("dictionary")}
                </a>
              </li>
            ) : null}
            {checksumsUrl ? (
              <li>
                <a href={checksumsUrl} className="text-link">
                  {t("checksums")}
                </a>
              </li>
            ) : null}
          </ul>
          <p>
            {t("verify")} <code>sha256sum -c --ignore-missing {CHECKSUMS}</code>
          </p>
          <DatasetFiles dataset={newest} caption={captionOf(newest)} />
          {older.map((dataset) => (
            <details key={dataset.date}>
              <summary className="cursor-pointer">{captionOf(dataset)}</summary>
              <DatasetFiles dataset={dataset} caption={captionOf(dataset)} />
            </details>
          ))}
        </>
      ) : (
        <p>{t("empty", { time })}</p>
      )}
    </ProseSection>
  );
}
