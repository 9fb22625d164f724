// The size of the generated database (SPEC §9 scale) and the helpers every generation step uses.
import type pg from "pg";

export const SESSIONS = 100;
export const PROVINCES = 10;
export const UNITS_PER_PROVINCE = 150;
export const DEPUTIES_PER_PROVINCE = 5_000;

/** Runs one statement of the load; a labelled one prints its row count and time. */
export type Query = (label: string, sql: string) => Promise<pg.QueryResult>;

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
export const arr = (xs: readonly (string | number)[]) => `ARRAY[${xs.map((x) => (typeof x === "number" ? x : `'${x}'`)).join(",")}]`;
export const day = "interval '1 day'";
