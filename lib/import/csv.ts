// CSV files as offices save them: UTF-8 (with or without BOM, as Excel's "CSV UTF-8" writes it) or, from
// Excel's plain "CSV" on Chinese Windows, GB18030 (a superset of GBK and GB2312).
import type { Table } from "./table";

/** The file's text: UTF-8 when the bytes are valid UTF-8, GB18030 otherwise (no byte sequence is invalid in it). */
export function decodeCsv(data: Uint8Array): { text: string; encoding: "utf-8" | "gb18030" } {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD, which is how a GB18030 file shows itself.
    // ignoreBOM: false (the default) drops a UTF-8 BOM.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(data), encoding: "gb18030" };
  }
}

/** RFC 4180 fields (quotes, doubled quotes, commas and line breaks inside quotes); blank rows are dropped. */
export function parseCsv(text: string): Table {
  const source = text.replace(/^\uFEFF/, "");
  const rows: Table = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}
