// Expected failures of the domain. Each maps to one HTTP status and carries a message key from the catalogues
// (messages/<locale>/<namespace>.json, read by lib/i18n/catalogue.ts), so the UI can show it in the user's
// language and the API in Chinese.
export type DomainErrorCode =
  | "INVALID" // 400: malformed or invalid input
  | "UNAUTHENTICATED" // 401
  | "FORBIDDEN" // 403: the caller may not act on this record
  | "NOT_FOUND" // 404
  | "CONFLICT" // 409: duplicate, or a stale form (SPEC §3 rule 7)
  | "RULE"; // 422: a workflow rule blocks the act

export const statusOf: Record<DomainErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE: 422,
};

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** A key of the "errors" catalogue section, e.g. "errors.rule.noCommunication". */
    readonly messageKey: string,
    readonly fields?: Record<string, string>,
    readonly params?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export const forbidden = () => new DomainError("FORBIDDEN", "errors.forbidden");
export const notFound = () => new DomainError("NOT_FOUND", "errors.notFound");
export const staleVersion = () => new DomainError("CONFLICT", "errors.stale");
export const ruleBlocks = (key: string, params?: Record<string, string | number>) =>
  new DomainError("RULE", `errors.rule.${key}`, undefined, params);

const sqlStateOf = (error: unknown): string | undefined => {
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
    message?: unknown;
  } | null;
  if (!e || typeof e !== "object") return undefined;
  // Five characters, digits and capitals; Prisma's own codes (P2010…) are not PostgreSQL's.
  for (const code of [e.originalCode, e.code])
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code)) return code;
  return sqlStateOf(e.meta?.driverAdapterError) ?? sqlStateOf(e.cause) ?? /Code: `([0-9A-Z]{5})`/.exec(String(e.message ?? ""))?.[1];
};

/**
 * A value PostgreSQL refused as data (SQLSTATE class 22, e.g. a NUL byte or a date out of range; 54000, a
 * key too large to index): bad input that validation let through, so a 400, never a 500. The act's
 * transaction was rolled back by the same error.
 */
export function isRefusedData(error: unknown): boolean {
  const state = sqlStateOf(error);
  return !!state && (state.startsWith("22") || state === "54000");
}
