"use client";

import type { PackedFieldRow } from "./packed-field-row";
import { TypeTextLinks } from "./type-text-code";

export interface FieldRowLabels {
  yes: string;
  no: string;
  values: string;
}

/**
 * The rows of a field table. A client component although nothing in it is interactive: its rows
 * then travel in the page's payload as their data, not as a tree of elements, which for the data
 * page's rows halves the page (issue 20). The cells are styled from the table (.data-fields,
 * app/styles/data.css); the descriptions are the OpenAPI document's, in English.
 */
export function FieldRows({ rows, labels }: { rows: PackedFieldRow[]; labels: FieldRowLabels }) {
  return (
    <tbody>
      {rows.map(([path, text, refs, required, description, values]) => (
        <tr key={path}>
          <th scope="row">{path}</th>
          <td>
            <TypeTextLinks type={{ text, refs, values }} />
          </td>
          <td>{required ? labels.yes : labels.no}</td>
          {values ? (
            <td>
              {description ? <span lang="en">{description} </span> : null}
              {labels.values} <code>{values.join(", ")}</code>
            </td>
          ) : (
            <td lang="en">{description}</td>
          )}
        </tr>
      ))}
    </tbody>
  );
}
