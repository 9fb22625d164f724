// Signs every demo account in once per server, through next-auth's credentials flow (the form itself is
// tested by foundation.spec.ts, a11y.spec.ts and security-signin.spec.ts), and keeps each session's cookies
// for signInAs (tests/e2e/helpers.ts): a test then starts as anyone without loading the sign-in page.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD } from "../helpers";
import { ACCOUNTS } from "./servers";

setup("sign in every demo account once", async ({ playwright }, info) => {
  const dir = info.project.metadata.authDir as string;
  await mkdir(dir, { recursive: true });
  await Promise.all(
    ACCOUNTS.map(async (username) => {
      const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await api.post("/api/auth/callback/credentials", {
        form: { csrfToken, username, password: DEMO_PASSWORD, callbackUrl: "/", json: "true" },
        maxRedirects: 0,
      });
      expect(response.status(), `sign in ${username}`).toBeLessThan(400);
      const session = (await (await api.get("/api/auth/session")).json()) as { userId?: string };
      expect(session.userId, `session of ${username}`).toBeTruthy();
      await api.storageState({ path: path.join(dir, `${username}.json`) });
      await api.dispose();
    }),
  );
});
