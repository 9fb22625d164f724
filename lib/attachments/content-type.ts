// An attachment's type is read from its bytes (file-type), never from its name: a renamed executable is
// refused. Scans, photos, PDFs and office documents only.
import { fileTypeFromBuffer } from "file-type";

const ACCEPTED = new Set([
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/tiff",
  "image/heic",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/x-cfb", // .doc / .xls (the older compound-file formats)
]);

/** The media type the content shows, or null when it is not one accepted. */
export async function acceptedType(data: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(data);
  return found && ACCEPTED.has(found.mime) ? found.mime : null;
}
