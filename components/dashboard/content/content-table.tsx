import type { ReactNode } from "react";

export interface ContentColumn<Item> {
  key: string;
  header: ReactNode;
  cell: (item: Item) => ReactNode;
  /** The column that names the row: a row header for screen readers. */
  rowHeader?: boolean;
}

interface ContentTableProps<Item> {
  caption: string;
  columns: ContentColumn<Item>[];
  items: Item[];
  rowKey: (item: Item) => string;
}

/** A dashboard list as a table with a caption and a row header per item. */
export function ContentTable<Item>({ caption, columns, items, rowKey }: ContentTableProps<Item>) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className="border-b-2 border-slate-400 py-2 pe-4 text-start font-semibold text-slate-900 dark:border-slate-500 dark:text-slate-100"
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={rowKey(item)}
              className="border-b border-slate-200 align-top dark:border-slate-700"
            >
              {columns.map((column) =>
                column.rowHeader ? (
                  <th
                    key={column.key}
                    scope="row"
                    className="py-2 pe-4 text-start font-normal text-slate-900 dark:text-slate-100"
                  >
                    {column.cell(item)}
                  </th>
                ) : (
                  <td key={column.key} className="py-2 pe-4 text-slate-800 dark:text-slate-200">
                    {column.cell(item)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
