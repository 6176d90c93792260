// A labelled table with a header row; columns named '' get a screen-reader-only "Actions".
import type { ReactNode } from 'react';

export function Table(props: { label: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <table aria-label={props.label}>
      <thead>
        <tr>
          {props.columns.map((c, i) => (
            <th scope="col" key={i}>
              {c || <span className="sr-only">Actions</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
