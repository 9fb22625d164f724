import { ScrollRegion } from "@/components/ui/scroll-region";

/** A plain accessible data table for the admin lists. */
export function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: React.ReactNode[][] }) {
  return (
    <ScrollRegion label={caption} className="rounded bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="p-2 text-left font-medium">{caption}</caption>
        <thead className="bg-gray-100 text-left">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className="border-t">
              {cells.map((c, j) => (
                <td key={j} className="p-2">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
