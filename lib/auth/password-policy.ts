import { z } from "zod";
import { commonPasswordList } from "./common-passwords";

// The one password policy: every password a person sets (the first admin from ADMIN_PASSWORD, a change,
// an admin reset) passes through it. The answers are message keys (messages/*/errors.json "password").
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
// The demo seed's password: printed in the README, so it must never guard a real account.
export const DEMO_PASSWORD = "demo1234";

const common = new Set(
  commonPasswordList
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);

export type PasswordProblem =
  | "errors.password.demo"
  | "errors.password.tooShort"
  | "errors.password.tooLong"
  | "errors.password.sameAsUsername"
  | "errors.password.common";

export function passwordProblem(password: string, options: { username?: string } = {}): PasswordProblem | null {
  const lower = password.toLowerCase();
  // The demo password first, so that someone reusing it learns why, not only that it is short.
  if (lower.startsWith(DEMO_PASSWORD) && /^[\d!@#.]*$/.test(lower.slice(DEMO_PASSWORD.length))) {
    return "errors.password.demo";
  }
  if ([...password].length < PASSWORD_MIN_LENGTH) return "errors.password.tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "errors.password.tooLong";
  const username = options.username?.trim().toLowerCase();
  if (username && (lower === username || lower.replace(/[\d!@#.]+$/, "") === username)) {
    return "errors.password.sameAsUsername";
  }
  if (common.has(lower) || isRepetition(lower)) return "errors.password.common";
  return null;
}

// "abcabcabcabc", "aaaaaaaaaaaa", "121212121212": a short unit repeated is as weak as the unit.
function isRepetition(password: string): boolean {
  return /^(.{1,4})\1+$/.test(password);
}

export const passwordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

// The same schema when the username is known (the new password of a given account).
export function passwordSchemaFor(username: string) {
  return z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(password, { username });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}
