// Comparing saved versions of a reply: lines first, then the characters within a changed line, so an edit
// of a few characters inside a long paragraph shows where it is. The diffing itself is the `diff` package's.
import { diffArrays, diffChars } from "diff";

/** A piece of a changed line: `changed` marks the characters removed (on a removed line) or added (on an added one). */
export type DiffPart = { text: string; changed: boolean };
/** `parts` is given on a removed or added line paired with its counterpart, when the two share enough text. */
export type DiffLine = { kind: "same" | "added" | "removed"; text: string; parts?: DiffPart[] };

// Below this share of common characters two lines are different paragraphs, not one edited: marking every
// character of them would only add noise.
const MIN_COMMON_SHARE = 0.4;

function charParts(before: string, after: string): { removed: DiffPart[]; added: DiffPart[] } | null {
  const changes = diffChars(before, after);
  const common = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  if (common < MIN_COMMON_SHARE * Math.max(before.length, after.length)) return null;
  const removed: DiffPart[] = [];
  const added: DiffPart[] = [];
  for (const c of changes) {
    if (!c.added) removed.push({ text: c.value, changed: c.removed });
    if (!c.removed) added.push({ text: c.value, changed: c.added });
  }
  return { removed, added };
}

/** The lines of `after` against `before`; a run of removed lines followed by added ones is paired line by line. */
export function diffLines(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  const changes = diffArrays(before.split("\n"), after.split("\n"));
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!; // k < changes.length
    if (!change.added && !change.removed) {
      for (const text of change.value) out.push({ kind: "same", text });
      continue;
    }
    const removedLines = change.removed ? change.value : [];
    const next = changes[k + 1];
    const addedLines = change.added ? change.value : next?.added ? next.value : [];
    if (change.removed && next?.added) k++;
    const removed: DiffLine[] = removedLines.map((text) => ({ kind: "removed", text }));
    const added: DiffLine[] = addedLines.map((text) => ({ kind: "added", text }));
    removed.forEach((line, i) => {
      const counterpart = added[i];
      const parts = counterpart && charParts(line.text, counterpart.text);
      if (counterpart && parts) {
        line.parts = parts.removed;
        counterpart.parts = parts.added;
      }
    });
    out.push(...removed, ...added);
  }
  return out;
}
