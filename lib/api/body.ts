// Reading a request body with a byte cap. `request.text()` buffers a chunked body whole and
// `Content-Length` may lie or be absent, so the bytes are counted while the stream is read: at the cap
// the read stops, the stream is cancelled and the caller answers 413. Memory stays at most the cap.
import { ApiError } from "./errors";

const KB = 1024;
const MB = 1024 * KB;

/** Caps per kind of route: one record (default), a bulk registration, a sign-in form. */
export const BODY_LIMITS = { default: 1 * MB, bulk: 10 * MB, auth: 64 * KB } as const;

const formatLimit = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);

export const payloadTooLarge = (limit: number) =>
  new ApiError(413, "PAYLOAD_TOO_LARGE", "errors.payloadTooLarge", undefined, { limit: formatLimit(limit) });

/** The body's bytes, at most `limit` of them; 413 beyond. An absent body is an empty array. */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    // Refused before a byte is read; cancelling tells the server to drop the rest.
    await request.body?.cancel().catch(() => undefined);
    throw payloadTooLarge(limit);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw payloadTooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // The client went away or the stream broke mid-way: the body is unusable.
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
