// Server-action forms over Next's 1 MB limit get a clear message in the form instead of the error page.
import { describe, expect, it, vi } from "vitest";
import { ACTION_BODY_BYTES, formDataBytes, guardAction } from "@/components/workflow/guarded-action";
import { translatorFor } from "@/lib/i18n/catalogue";

const t = translatorFor("zh-CN");
const form = (text: string) => {
  const data = new FormData();
  data.set("suggestionId", "s1");
  data.set("text", text);
  return data;
};

describe("guardAction", () => {
  it("counts UTF-8 bytes: Chinese text weighs three bytes a character", () => {
    expect(formDataBytes(form("答".repeat(1000)))).toBeGreaterThan(3000);
  });

  it("stops a form over the limit before it is sent, with a Chinese message", async () => {
    const action = vi.fn(async () => ({ ok: true }));
    const state = await guardAction(action, t)({ ok: true }, form("答".repeat(ACTION_BODY_BYTES / 3 + 1)));
    expect(action).not.toHaveBeenCalled();
    expect(state).toEqual({ ok: false, message: "提交的内容过大（超过 1 MB），请删减后再提交" });
  });

  it("sends a form under the limit; a failed action becomes a message, Next's redirects pass through", async () => {
    expect(await guardAction(async () => ({ ok: true, message: "好" }), t)({ ok: true }, form("短"))).toEqual({ ok: true, message: "好" });
    const failed = await guardAction(async () => Promise.reject(new Error("Body exceeded 1 MB limit.")), t)({ ok: true }, form("短"));
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain("提交未成功");
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    await expect(guardAction(async () => Promise.reject(redirect), t)({ ok: true }, form("短"))).rejects.toBe(redirect);
  });
});
