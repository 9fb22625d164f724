// What the readers of an import file produce, and the limits every file must keep.

/** Rows of cell texts; row 0 is the header. */
export type Table = string[][];

/** The largest upload the page accepts (it says so); the route counts the bytes while they arrive. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/**
 * An .xlsx is a zip: 20 MB on disk can unpack to gigabytes. Its parts may unpack to this much in all
 * (a 10,000-row file with 400-character 内容 unpacks to 17 MB; a 20 MB file of dense text to ~60 MB).
 */
export const MAX_UNPACKED_BYTES = 160 * 1024 * 1024;
/** Data rows per file: far above a year's suggestions of any province, low enough to stay in memory. */
export const MAX_ROWS = 20_000;
