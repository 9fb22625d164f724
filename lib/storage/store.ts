// Where attachments' bytes are kept (issue 14 item 2), behind one small interface: PostgreSQL by default
// (AttachmentBlob, written in the transaction that records the attachment, so a failed upload leaves
// nothing behind); an S3-compatible store can implement the same three calls later (`tx` is then unused and
// an orphaned object is cleaned by key, since nothing is ever hard-deleted from the record).
import { db, type Tx } from "@/lib/db";

export interface BlobStore {
  /** Stores `data` under `key` (new keys only). */
  put(key: string, data: Uint8Array, tx?: Tx): Promise<void>;
  /** The bytes under `key`, or null when the store has none. */
  get(key: string): Promise<Uint8Array | null>;
}

export const postgresStore: BlobStore = {
  async put(key, data, tx) {
    await (tx ?? db).attachmentBlob.create({ data: { key, data: new Uint8Array(data) } });
  },
  async get(key) {
    const row = await db.attachmentBlob.findUnique({ where: { key }, select: { data: true } });
    return row ? new Uint8Array(row.data) : null;
  },
};

/** The store in use: PostgreSQL (the only one so far). */
export function blobStore(): BlobStore {
  return postgresStore;
}
