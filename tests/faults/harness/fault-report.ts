import { appendFile, readFile } from "node:fs/promises";

/** One line of the table the suite prints at the end; null where a figure does not apply. */
export interface FaultReportRow {
  scenario: string;
  acknowledged: number | null;
  stored: number | null;
  lost: number | null;
  duplicated: number | null;
  mailsSentTwice: number | null;
  /** Seconds from the fault's end to the first acknowledged signature. */
  firstAcknowledgedAfterS: number | null;
  /** Seconds from the fault's end to the last stored signature's confirmation arriving. */
  allMailDeliveredAfterS: number | null;
  /** Anything the figures do not say (failed checks, undelivered mail). */
  note: string;
}

/** Rows are appended as JSON lines by each scenario file and read back by the global teardown. */
export async function appendReportRow(file: string, row: FaultReportRow): Promise<void> {
  await appendFile(file, `${JSON.stringify(row)}\n`);
}

export async function readReportRows(file: string): Promise<FaultReportRow[]> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as FaultReportRow);
}

const dash = (value: number | null, unit = "") => (value === null ? "—" : `${value}${unit}`);

/** The rows as a Markdown table (readable as plain text in a terminal too). */
export function formatReportTable(rows: readonly FaultReportRow[], heading: string): string {
  const lines = [
    `# ${heading}`,
    "",
    "| scenario | acknowledged | stored | lost | duplicated | mails sent twice | time to recover | note |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ...rows.map((row) => {
      const recovery = [
        row.firstAcknowledgedAfterS === null
          ? null
          : `first signature ${row.firstAcknowledgedAfterS} s`,
        row.allMailDeliveredAfterS === null ? null : `all mail ${row.allMailDeliveredAfterS} s`,
      ]
        .filter(Boolean)
        .join(", ");
      return `| ${row.scenario} | ${dash(row.acknowledged)} | ${dash(row.stored)} | ${dash(row.lost)} | ${dash(row.duplicated)} | ${dash(row.mailsSentTwice)} | ${recovery || "—"} | ${row.note || ""} |`;
    }),
    "",
    "Time to recover is measured from the end of the fault (database started again, web server " +
      "restarted, mail server listening again).",
  ];
  return lines.join("\n");
}
