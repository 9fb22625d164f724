// Issue 8 item 5: bodies are read as streams with a byte cap. A client that sends 300 MB chunked (no
// Content-Length) or lies in Content-Length gets 413 after at most the cap has been read; the rest of the
// stream is never pulled, and the process does not grow with it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { issueToken } from "@/lib/api/tokens";
import { POST as token } from "@/app/api/v1/auth/token/route";
import { POST as registerSuggestions } from "@/app/api/v1/suggestions/route";
import { POST as sign } from "@/app/api/v1/replies/[id]/sign/route";
import { POST as nextAuth } from "@/app/api/auth/[...nextauth]/route";
import { NextRequest } from "next/server";

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;
const HUGE = 300 * MB;
const PASSWORD = "password-123-long";
const tokens: Record<string, string> = {};

/** A body of `total` bytes made on demand, 64 KB a pull; `pulled` counts what the reader asked for. */
function lazyBody(total: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        const size = Math.min(CHUNK, total - counter.pulled);
        counter.pulled += size;
        controller.enqueue(new Uint8Array(size).fill(0x20)); // spaces: valid JSON padding if ever parsed
      },
    },
    { highWaterMark: 0 }, // nothing is produced before the reader asks
  );
  return { stream, counter };
}

function post(body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) {
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    duplex: "half",
  };
  return new Request("http://localhost/api/v1/x", init);
}
const context = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const [username, role] of [
    ["office", "OFFICE"],
    ["leader", "UNIT_LEADER"],
  ] as const) {
    const user = await db.user.create({ data: { username, name: username, role, passwordHash } });
    tokens[username] = (await issueToken(user.id)).token;
  }
});

describe("capped request bodies", () => {
  it("refuses a 300 MB chunked body without reading past the cap, and memory stays flat", async () => {
    const before = process.memoryUsage().rss;
    const bearer = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });
    const cases = [
      { cap: 64 * 1024, body: lazyBody(HUGE), call: (b: ReadableStream<Uint8Array>) => token(post(b)) },
      { cap: MB, body: lazyBody(HUGE), call: (b: ReadableStream<Uint8Array>) => sign(post(b, bearer("leader")), context("any")) },
      { cap: 10 * MB, body: lazyBody(HUGE), call: (b: ReadableStream<Uint8Array>) => registerSuggestions(post(b, bearer("office"))) },
    ];
    for (const { cap, body, call } of cases) {
      const response = await call(body.stream);
      expect(response.status).toBe(413);
      const payload = (await response.json()) as { error: { code: string; message: string } };
      expect(payload.error.code).toBe("PAYLOAD_TOO_LARGE");
      expect(payload.error.message).toContain("请求体过大");
      expect(body.counter.pulled).toBeGreaterThan(cap);
      expect(body.counter.pulled).toBeLessThanOrEqual(cap + CHUNK);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
  });

  it("does not trust Content-Length: a small claim with a huge body, and a huge claim read not at all", async () => {
    const liar = lazyBody(HUGE);
    const small = await token(post(liar.stream, { "Content-Length": "20" }));
    expect(small.status).toBe(413);
    expect(liar.counter.pulled).toBeLessThanOrEqual(64 * 1024 + CHUNK);

    const honest = lazyBody(HUGE);
    const big = await token(post(honest.stream, { "Content-Length": String(HUGE) }));
    expect(big.status).toBe(413);
    expect(honest.counter.pulled).toBe(0);
  });

  it("still reads a body under the cap, however it is chunked; the bulk route takes more than 1 MB", async () => {
    const chunks = [`{"username":"office",`, `"password":"${PASSWORD}"}`].map((part) => new TextEncoder().encode(part));
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => (chunks.length ? c.enqueue(chunks.shift()!) : c.close()) });
    expect((await token(post(stream))).status).toBe(200);

    // 2 MB of padding around an empty object: past the 1 MB default, so only the bulk cap lets it be judged (400, not 413).
    const padded = " ".repeat(2 * MB) + "{}";
    expect((await sign(post(padded, { Authorization: `Bearer ${tokens.leader}` }), context("any"))).status).toBe(413);
    expect((await registerSuggestions(post(padded, { Authorization: `Bearer ${tokens.office}` }))).status).toBe(400);
  });

  it("caps the next-auth sign-in endpoint before next-auth buffers the body", async () => {
    const body = lazyBody(HUGE);
    const init = {
      method: "POST",
      body: body.stream,
      duplex: "half" as const,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    };
    const response = await nextAuth(new NextRequest("http://localhost/api/auth/callback/credentials", init), {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(response.status).toBe(413);
    expect(body.counter.pulled).toBeLessThanOrEqual(64 * 1024 + CHUNK);
  });
});
