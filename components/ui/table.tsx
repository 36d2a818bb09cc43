import type { ReactNode } from "react";

/** A table that scrolls sideways on a phone instead of breaking the layout. */
export function Table({ caption, head, children }: { caption?: ReactNode; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="px-4 py-2 text-left font-semibold text-slate-800">{caption}</caption>}
        <thead className="bg-slate-100">
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col" className="px-4 py-2 text-left font-semibold text-slate-800">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children }: { children: ReactNode }) {
  return <td className="px-4 py-2 align-top text-slate-800">{children}</td>;
}
