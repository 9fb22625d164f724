// `npm start` that cannot work stops before building or starting anything, with one line saying why and
// what to do, and a non-zero exit (no UnhandledPromiseRejection, no stack trace).
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir(mode = 0o755) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "jianyi-start-"));
  dirs.push(dir);
  await chmod(dir, mode);
  return dir;
}

/** A port held by a listening server until `close`. */
function holdPort(host?: string): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ port, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

const freePort = async () => {
  const held = await holdPort();
  await held.close();
  return held.port;
};

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  // The test run's own database and secret must not leak into the start under test.
  for (const name of ["DATABASE_URL", "AUTH_SECRET", "ADMIN_USERNAME", "ADMIN_PASSWORD", "DEMO_SEED", "PUBLIC_URL"]) delete base[name];
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/start.ts"],
      {
        cwd: root,
        env: { ...base, NEXT_TELEMETRY_DISABLED: "1", ...env },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOneLine(result: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^\[建议办理\] cannot start: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stdout).not.toMatch(/building|embedded PostgreSQL on port/);
}

describe("npm start stops with one line", { timeout: 120_000 }, () => {
  it("when the embedded PostgreSQL's port is taken: names it and EMBEDDED_PG_PORT", async () => {
    const held = await holdPort("127.0.0.1");
    try {
      const result = await start({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(held.port), DATA_DIR: await tempDir() });
      expectOneLine(result, new RegExp(`port ${held.port} \\(EMBEDDED_PG_PORT.*set EMBEDDED_PG_PORT to a free port`));
    } finally {
      await held.close();
    }
  });

  it("when the app's port is taken: names it and PORT", async () => {
    const held = await holdPort();
    try {
      const result = await start({ PORT: String(held.port), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: await tempDir() });
      expectOneLine(result, new RegExp(`port ${held.port} \\(PORT.*set PORT to a free port`));
    } finally {
      await held.close();
    }
  });

  it("when DATABASE_URL is given without AUTH_SECRET", async () => {
    const result = await start({ DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/jianyi", PORT: String(await freePort()) });
    expectOneLine(result, /AUTH_SECRET is required with DATABASE_URL/);
    expect(result.stderr).not.toContain("secret@");
  });

  it("when ADMIN_PASSWORD fails the password policy, without printing it", async () => {
    const result = await start({
      DATABASE_URL: "postgresql://app:pw@127.0.0.1:1/jianyi",
      AUTH_SECRET: "b".repeat(44),
      ADMIN_USERNAME: "chief",
      ADMIN_PASSWORD: "woaini1314520",
      PORT: String(await freePort()),
    });
    expectOneLine(result, /ADMIN_PASSWORD is refused by the password policy/);
    expect(result.stderr).not.toContain("woaini1314520");
  });

  it.skipIf(process.getuid?.() !== 0)("run as root with DATA_DIR inside a folder the postgres user cannot enter", async () => {
    const closed = await tempDir(0o700);
    const result = await start({
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATA_DIR: path.join(closed, "data"),
    });
    expectOneLine(result, new RegExp(`OS user "postgres", which cannot enter ${closed} \\(mode 700\\).*folder every user can enter`));
  });
});
