/** A titled panel of the dashboard and the report, with its definition as a tooltip and a footnote. */
export function Panel({
  id,
  heading,
  definition,
  children,
}: {
  id: string;
  heading: string;
  definition?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded bg-white p-4 shadow-sm print:break-inside-avoid print:shadow-none">
      <h2 id={id} className="mb-3 text-lg font-semibold" title={definition}>
        {heading}
      </h2>
      {children}
      {definition && <p className="mt-2 text-xs text-gray-600">{definition}</p>}
    </section>
  );
}
