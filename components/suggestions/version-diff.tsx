import type { Translate } from "@/lib/i18n/catalogue";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { diffLines, type DiffLine } from "@/lib/text-diff";

// Added and removed lines are told apart by a visible sign too, not by colour alone (WCAG 1.4.1); the sign is
// hidden from screen readers, which hear the word instead. Within an edited line the changed characters are
// <ins>/<del> (underlined / struck through) and announced by words around them, since most readers skip ins/del.
function Sign({ kind, t }: { kind: DiffLine["kind"]; t: Translate }) {
  if (kind === "same") return <span aria-hidden="true">{"  "}</span>;
  const [sign, label] = kind === "added" ? ["+ ", "suggestions.detail.diffAdded"] : ["− ", "suggestions.detail.diffRemoved"];
  return (
    <>
      <span aria-hidden="true">{sign}</span>
      <span className="sr-only">{t(label)} </span>
    </>
  );
}

function Parts({ line, t }: { line: DiffLine; t: Translate }) {
  if (!line.parts) return <>{line.text}</>;
  const Mark = line.kind === "added" ? "ins" : "del";
  const [start, end] =
    line.kind === "added"
      ? ["suggestions.detail.diffInsStart", "suggestions.detail.diffInsEnd"]
      : ["suggestions.detail.diffDelStart", "suggestions.detail.diffDelEnd"];
  const markClass = line.kind === "added" ? "bg-green-300 underline" : "bg-red-300 line-through";
  return (
    <>
      {line.parts.map((part, i) =>
        part.changed ? (
          <Mark key={i} className={markClass}>
            <span className="sr-only">{t(start)}</span>
            {part.text}
            <span className="sr-only">{t(end)}</span>
          </Mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function VersionDiff({ before, after, t }: { before: string; after: string; t: Translate }) {
  return (
    <pre role="group" aria-label={t("work.reply.compare")} className="mt-1 whitespace-pre-wrap rounded bg-gray-50 p-2 font-sans">
      {diffLines(before, after).map((line, k) => (
        <span
          key={k}
          data-diff={line.kind}
          className={
            line.kind === "added"
              ? "block bg-green-100"
              : line.kind === "removed"
                ? `block bg-red-100${line.parts ? "" : " line-through"}`
                : "block"
          }
        >
          <Sign kind={line.kind} t={t} />
          <span lang={CONTENT_LANG}>
            <Parts line={line} t={t} />
          </span>
        </span>
      ))}
    </pre>
  );
}
