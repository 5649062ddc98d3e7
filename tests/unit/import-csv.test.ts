import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { columnOfPath, IMPORT_COLUMNS, rowToPrisonerInput } from "@/lib/import/csv-columns";
import { MAX_IMPORT_ROWS, parseImportCsv } from "@/lib/import/parse-import-csv";
import { prisonerCoreSchema } from "@/lib/validation/prisoner";

const headers = IMPORT_COLUMNS.map((column) => column.header);
const example = IMPORT_COLUMNS.map((column) => column.example);

describe("reading an import file", () => {
  it("reads the downloadable template, with Excel's byte order mark", () => {
    const parsed = parseImportCsv("\uFEFF" + stringify([headers, example]));

    expect(parsed.ok && parsed.rows[0]?.cells.name_ru).toBe("Мухтар Джакишев");
  });

  it("the template's example row passes the shared prisoner schema", () => {
    const cells = Object.fromEntries(headers.map((header, index) => [header, example[index]!]));

    expect(prisonerCoreSchema.safeParse(rowToPrisonerInput(cells)).success).toBe(true);
  });

  it("reads semicolon-separated files as Excel writes them in many locales", () => {
    const parsed = parseImportCsv(
      "name_en;sort_name;country_code;status\nIvan Petrov;Petrov Ivan;KZ;IMPRISONED\n",
    );

    expect(parsed.ok && parsed.rows[0]?.cells).toMatchObject({
      name_en: "Ivan Petrov",
      status: "IMPRISONED",
    });
  });

  it("numbers rows as a spreadsheet does, even after a cell with a line break", () => {
    const parsed = parseImportCsv(
      'name_en,sort_name,country_code,status,summary_en\nA B,B A,KZ,IMPRISONED,"two\nlines"\nC D,D C,KZ,IMPRISONED,one\n',
    );

    expect(parsed.ok && parsed.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it("refuses unknown and missing columns, naming them", () => {
    expect(parseImportCsv("name_en,favourite_colour\nA,B\n")).toMatchObject({
      ok: false,
      error: "unknownColumns",
      columns: ["favourite_colour"],
    });
    expect(parseImportCsv("name_en,sort_name\nA B,B A\n")).toMatchObject({
      ok: false,
      error: "missingColumns",
      columns: ["country_code", "status"],
    });
  });

  it("refuses a file without data rows and one with too many", () => {
    expect(parseImportCsv("name_en,sort_name,country_code,status\n")).toMatchObject({
      error: "empty",
    });
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => "A B,B A,KZ,IMPRISONED").join(
      "\n",
    );
    expect(parseImportCsv(`name_en,sort_name,country_code,status\n${many}`)).toMatchObject({
      error: "tooManyRows",
    });
  });

  it("maps the schema's error paths back to columns", () => {
    expect(columnOfPath("name.en")).toBe("name_en");
    expect(columnOfPath("arrestedOn")).toBe("arrested_on");
    expect(columnOfPath("citizenships.1")).toBe("citizenships");
  });
});
