// Big lists go from a server component to a client component as one JSON text, not as a prop of objects.
// Why: the RSC payload serializes, and the browser and the server's HTML pass revive, every value of a prop one
// at a time (a callback per key and per value). The dashboard's 150 filter units and 20 handling-table rows were
// 3,600 such values, ~7 ms of a view at a million suggestions (issue 12); as JSON text each list is one string,
// written and read by the engine's own JSON.stringify/JSON.parse in a fraction of that.
// The text keeps its type: `JsonText<T>` can only be made from a `T` that survives JSON unchanged (no Date, no
// undefined values, no functions), and `readJsonText` gives that `T` back.

declare const shape: unique symbol;

/** The JSON text of a `T`. */
export type JsonText<T> = string & { readonly [shape]: T };

/** `T` with every part JSON cannot carry as it is turned into `never`, so that passing one fails to compile. */
export type JsonSafe<T> = T extends string | number | boolean | null
  ? T
  : T extends Date | bigint | symbol | undefined | ((...args: never[]) => unknown)
    ? never
    : T extends readonly (infer Item)[]
      ? readonly JsonSafe<Item>[]
      : { [K in keyof T]: JsonSafe<T[K]> };

export function toJsonText<T>(value: T & JsonSafe<T>): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

export function readJsonText<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}

declare const recordsOf: unique symbol;

/** A list of rows of one shape as JSON text that names each key once: `{"keys":[…],"rows":[[…],…]}`. */
export type JsonRecords<T> = string & { readonly [recordsOf]: T[] };

/**
 * For long tables of short rows (the report's 150 units: the keys were half of its 46 kB). A row whose keys
 * differ from the first row's, or that holds an undefined value, cannot be written as a list of values without
 * changing it, so such a list is written whole (`readJsonRecords` reads both forms).
 */
export function toJsonRecords<T extends object>(rows: readonly T[] & JsonSafe<readonly T[]>): JsonRecords<T> {
  const keys = rows.length ? Object.keys(rows[0]!) : [];
  const sameShape = rows.every((row) => {
    const own = Object.keys(row);
    return own.length === keys.length && keys.every((key) => key in row && (row as Record<string, unknown>)[key] !== undefined);
  });
  if (!sameShape) return JSON.stringify(rows) as JsonRecords<T>;
  return JSON.stringify({ keys, rows: rows.map((row) => keys.map((key) => (row as Record<string, unknown>)[key])) }) as JsonRecords<T>;
}

export function readJsonRecords<T>(text: JsonRecords<T>): T[] {
  const parsed = JSON.parse(text) as T[] | { keys: string[]; rows: unknown[][] };
  if (Array.isArray(parsed)) return parsed;
  return parsed.rows.map((values) => Object.fromEntries(parsed.keys.map((key, i) => [key, values[i]])) as T);
}
