// The embedded PostgreSQL's superuser has a random password kept in DATA_DIR (0600), not postgres/postgres;
// a data folder made with the old fixed password keeps working and gets a random one.
import { chmod, mkdtemp, readFile, rm, stat, unlink } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("the embedded PostgreSQL's password", () => {
  it("is random, kept in DATA_DIR/postgres-password with mode 0600, and postgres/postgres is refused", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "jianyi-pgpw-"));
    dirs.push(dataDir);
    await chmod(dataDir, 0o755); // PostgreSQL runs as the postgres user when we are root
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir, port, quiet: true });
    try {
      const file = path.join(dataDir, "postgres-password");
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const password = (await readFile(file, "utf8")).trim();
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(password).not.toBe("postgres");
      expect(decodeURIComponent(new URL(server.url).password)).toBe(password);
      expect(await canConnect(port, password)).toBe(true);
      expect(await canConnect(port, "postgres")).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it("moves a data folder made with the old postgres/postgres to a new random password", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "jianyi-pgpw-"));
    dirs.push(dataDir);
    await chmod(dataDir, 0o755);
    const port = await freePort();
    // Make the folder an old start would have left: the password "postgres" and no password file.
    const first = await startEmbeddedPostgres({ dataDir, port, quiet: true });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await client.query("ALTER ROLE postgres PASSWORD 'postgres'");
    await client.end();
    await first.stop();
    await unlink(path.join(dataDir, "postgres-password"));

    const again = await startEmbeddedPostgres({ dataDir, port, quiet: true });
    try {
      const file = path.join(dataDir, "postgres-password");
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const password = (await readFile(file, "utf8")).trim();
      expect(password).not.toBe("postgres");
      expect(await canConnect(port, "postgres")).toBe(false);
      const reader = new pg.Client({ connectionString: again.url });
      await reader.connect();
      expect((await reader.query("SELECT note FROM kept")).rows).toEqual([{ note: "still here" }]);
      await reader.end();
    } finally {
      await again.stop();
    }
  });
});
