// Expected failures of the domain. Each maps to one HTTP status and carries a message key from the
// catalogues (lib/i18n/messages), so the UI can show it in the user's language and the API in Chinese.
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
