// An .xlsx is a zip archive. Before exceljs unpacks one whole into memory, every part is inflated here as a
// stream and thrown away, counting bytes (and the worksheets' rows) as they come: a zip bomb — small on disk,
// huge unpacked, whatever sizes its directory declares — is refused at the cap with memory flat.
import { createInflateRaw } from "node:zlib";
import { DomainError } from "@/lib/errors";
import { MAX_ROWS, MAX_UNPACKED_BYTES } from "./table";

const unreadable = () => new DomainError("INVALID", "office.import.errors.unreadable");
const tooLarge = () =>
  new DomainError("INVALID", "office.import.errors.unpackedTooLarge", undefined, { mb: MAX_UNPACKED_BYTES / 1024 / 1024 });
const tooManyRows = () => new DomainError("INVALID", "office.import.errors.tooManyRows", undefined, { max: MAX_ROWS });

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The central directory's entries (zip64 archives are refused: no honest 20 MB workbook needs one). */
function entriesOf(zip: Buffer): Entry[] {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw unreadable();
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw unreadable();
  const entries: Entry[] = [];
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const nameLength = zip.readUInt16LE(at + 28);
    declared += zip.readUInt32LE(at + 24);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  // The declared sizes alone already refuse an honest-looking bomb without inflating anything.
  if (declared > MAX_UNPACKED_BYTES) throw tooLarge();
  return entries;
}

/** Counts `<row ` start tags (any namespace prefix) in text that arrives in pieces. */
function rowCounter() {
  let carry = "";
  let rows = 0;
  return (chunk: Buffer) => {
    const text = carry + chunk.toString("latin1");
    const last = text.lastIndexOf("<");
    const cut = last >= 0 && text.length - last < 24 ? last : text.length;
    rows += text.slice(0, cut).match(/<(?:[A-Za-z_][\w.-]{0,8}:)?row[\s>/]/g)?.length ?? 0;
    carry = text.slice(cut);
    return rows;
  };
}

/** Throws a clear DomainError when the workbook would unpack past MAX_UNPACKED_BYTES or hold over MAX_ROWS rows. */
export async function guardXlsx(zip: Buffer): Promise<void> {
  let total = 0;
  for (const entry of entriesOf(zip)) {
    if (entry.localOffset + 30 > zip.length || zip.readUInt32LE(entry.localOffset) !== 0x04034b50) throw unreadable();
    const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    const countRows = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) ? rowCounter() : null;
    if (entry.method === 0) {
      total += data.length;
      if (countRows && countRows(data) > MAX_ROWS + 1) throw tooManyRows();
    } else if (entry.method === 8) {
      total = await inflateCounting(data, total, countRows);
    } else throw unreadable();
    if (total > MAX_UNPACKED_BYTES) throw tooLarge();
  }
}

function inflateCounting(data: Buffer, before: number, countRows: ((chunk: Buffer) => number) | null): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = before;
    const inflate = createInflateRaw();
    const stop = (error: DomainError) => {
      inflate.destroy();
      reject(error);
    };
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      // The header row is one of the rows: MAX_ROWS data rows plus the header.
      if (total > MAX_UNPACKED_BYTES) stop(tooLarge());
      else if (countRows && countRows(chunk) > MAX_ROWS + 1) stop(tooManyRows());
    });
    inflate.on("error", () => reject(unreadable()));
    inflate.on("end", () => resolve(total));
    inflate.end(data);
  });
}
