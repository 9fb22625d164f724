import { describe, expect, it } from "vitest";
import { passwordProblem, passwordSchema, passwordSchemaFor } from "@/lib/auth/password-policy";
import { catalogues, translate } from "@/lib/i18n/catalogue";

describe("the password policy", () => {
  it("accepts a long password that is not common", () => {
    expect(passwordProblem("雨后青山-2031-远行")).toBeNull();
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordSchema.safeParse("Kq7!vR2#pLm9xW").success).toBe(true);
  });

  it("refuses fewer than 12 characters, counting Chinese characters as one each", () => {
    expect(passwordProblem("x")).toBe("errors.password.tooShort");
    expect(passwordProblem("Kq7!vR2#pLm")).toBe("errors.password.tooShort");
    expect(passwordProblem("建议办理建议办理建议办")).toBe("errors.password.tooShort");
  });

  it("refuses the demo password, also with digits added to reach the length", () => {
    expect(passwordProblem("demo1234")).toBe("errors.password.demo");
    expect(passwordProblem("DEMO1234")).toBe("errors.password.demo");
    expect(passwordProblem("demo12345678")).toBe("errors.password.demo");
  });

  it("refuses common passwords whatever their case, the Chinese favourites among them", () => {
    for (const common of [
      "123456789012",
      "woaini1314520",
      "qwertyuiop12",
      "Password1234",
      "admin1234567",
      "1qaz2wsx3edc",
      "5201314520131",
      "zhongguo123456",
    ]) {
      expect(passwordProblem(common), common).toBe("errors.password.common");
    }
  });

  it("refuses a short unit repeated", () => {
    expect(passwordProblem("abcabcabcabc")).toBe("errors.password.common");
    expect(passwordProblem("zzzzzzzzzzzzzzzz")).toBe("errors.password.common");
  });

  it("refuses the username, also with digits after it", () => {
    expect(passwordProblem("chief-officer", { username: "Chief-Officer" })).toBe("errors.password.sameAsUsername");
    expect(passwordProblem("chiefofficer2024", { username: "chiefofficer" })).toBe("errors.password.sameAsUsername");
    expect(passwordSchemaFor("chiefofficer").safeParse("chiefofficer2024").error?.issues[0].message).toBe("errors.password.sameAsUsername");
  });

  it("answers with message keys both catalogues translate", () => {
    for (const key of ["tooShort", "tooLong", "demo", "common", "sameAsUsername"]) {
      for (const locale of ["zh-CN", "en"] as const) {
        expect(translate(catalogues[locale], `errors.password.${key}`)).not.toBe(`errors.password.${key}`);
      }
    }
    expect(passwordSchema.safeParse("short").error?.issues[0].message).toBe("errors.password.tooShort");
  });
});
