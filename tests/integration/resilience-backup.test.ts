// Backup and restore (issue 13 item 4): a base backup of a running embedded PostgreSQL (pg_backup_start /
// pg_backup_stop, data files and WAL) taken while suggestions are being registered, restored into a new
// DATA_DIR and started there: every statistic, every audit event and every signed reply is identical, DATA_DIR's
// secrets came along, and the writes that raced with the backup are each wholly there or wholly absent.
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/migrations";
import { existsSync } from "node:fs";
import { backupEmbedded, backupExternal } from "@/lib/server/backup/backup";
import { restoreEmbedded, restoreExternal } from "@/lib/server/backup/restore";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/server/embedded-postgres";
import { getOverdueList, getRepliesPerWeek } from "@/lib/stats/breakdowns";
import { getSessionStats } from "@/lib/stats/summary";
import { getUnitTable } from "@/lib/stats/unit-table";
import { createSession } from "@/lib/workflow/admin";
import { registerSuggestions } from "@/lib/workflow/register";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
const NOW = new Date("2024-09-01T00:00:00Z");
const dirs: string[] = [];
const servers: EmbeddedDatabase[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
  dirs.push(dir);
  return dir;
};
function useDatabase(url: string) {
  process.env.DATABASE_URL = url;
  (globalThis as { prisma?: unknown }).prisma = undefined;
}

let sourceDir = "";
let sourceUrl = "";
let w: World;

beforeAll(async () => {
  sourceDir = await tempDir("jianyi-backup-src-");
  await writeFile(path.join(sourceDir, "auth-secret"), "a-secret-that-signs-the-sessions-0123456789\n", { mode: 0o600 });
  const source = await startEmbeddedPostgres({ dataDir: sourceDir, port: await freePort(), quiet: true });
  servers.push(source);
  await applyMigrations(source.url);
  sourceUrl = source.url;
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
  useDatabase(source.url);
  w = await buildWorld();
  for (let i = 0; i < 8; i++) {
    const s = await newSuggestion(w, { urgent: i % 3 === 0 });
    if (i < 7) await assignTo(w, s.id, { co: i % 2 === 0 });
    if (i < 5) await replyAndSign(w, s.id, { category: (["A", "B", "C", "D", "A"] as const)[i] });
  }
}, 180_000);

afterAll(async () => {
  await db.$disconnect().catch(() => {});
  for (const server of servers) await server.stop().catch(() => {});
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Everything the test compares: statistics of the seeded session, audit events, signed replies. */
async function snapshot() {
  const filter = { session: w.session.code };
  const stats = {
    session: await getSessionStats(filter, NOW),
    units: await getUnitTable(filter, NOW),
    weeks: await getRepliesPerWeek(filter, NOW),
    overdue: await getOverdueList(filter, NOW),
  };
  const audit = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
  const replies = await db.reply.findMany({ where: { state: "SIGNED" }, orderBy: { id: "asc" }, include: { commitments: true } });
  return { stats, audit, replies };
}

describe("npm run backup / npm run restore (embedded PostgreSQL)", () => {
  it("restores a backup taken during writes: statistics, audit events and signed replies identical", { timeout: 300_000 }, async () => {
    const busy = await createSession(ctxOf(w.admin, at(-30)), { code: "BUSY", name: "并发写入", year: 2024 });
    const before = await snapshot();
    // Registrations into another session run back to back while the backup is taken.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const items = Array.from({ length: 20 }, (_, i) => ({
          number: `W${n}-${i}`,
          title: "并发写入的建议",
          content: "内容",
          leadDeputyId: w.deputies.lead.id,
        }));
        await registerSuggestions(ctxOf(w.office, at(-1)), { sessionCode: busy.code, items });
        written++;
      }
    })();
    const port = Number(new URL(process.env.DATABASE_URL!).port);
    const dest = path.join(await tempDir("jianyi-backup-out-"), "backup");
    while (written < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const manifest = await backupEmbedded({ dataDir: sourceDir, port, dest });
    writing = false;
    await writer;
    expect(manifest).toMatchObject({ kind: "embedded-base-backup", secrets: expect.arrayContaining(["auth-secret", "postgres-password"]) });
    expect(manifest.walSegments!.length).toBeGreaterThan(0);
    expect(manifest.serverVersion).toMatch(/^\d+\.\d+/);
    const after = await snapshot();
    expect(after.stats).toEqual(before.stats); // the writes went to another session
    const sourceAudit = new Map(after.audit.map((e) => [e.id, e]));

    const restoredDir = path.join(await tempDir("jianyi-restore-"), "data");
    const restorePort = await freePort();
    await restoreEmbedded({ source: dest, dataDir: restoredDir, port: restorePort });
    for (const secret of ["auth-secret", "postgres-password"]) {
      expect(await readFile(path.join(restoredDir, secret), "utf8")).toBe(await readFile(path.join(sourceDir, secret), "utf8"));
    }
    const restored = await startEmbeddedPostgres({ dataDir: restoredDir, port: restorePort, quiet: true });
    servers.push(restored);
    await db.$disconnect();
    useDatabase(restored.url);
    const copy = await snapshot();

    expect(copy.stats).toEqual(before.stats);
    expect(copy.replies).toEqual(after.replies);
    expect(copy.replies.length).toBe(5);
    // Every audit event committed before the backup is there; every restored one is identical to the source's.
    expect(copy.audit.slice(0, before.audit.length)).toEqual(before.audit);
    for (const event of copy.audit) expect(event).toEqual(sourceAudit.get(event.id));
    // The racing batches: whole or absent, each suggestion with its audit event.
    const raced = await db.suggestion.findMany({ where: { sessionId: busy.id }, select: { id: true, number: true } });
    const batches = new Map<string, number>();
    for (const s of raced) batches.set(s.number.split("-")[0], (batches.get(s.number.split("-")[0]) ?? 0) + 1);
    expect([...batches.values()].every((n) => n === 20)).toBe(true);
    expect(batches.size).toBeGreaterThanOrEqual(2);
    expect(await db.auditEvent.count({ where: { suggestionId: { in: raced.map((s) => s.id) } } })).toBe(raced.length);
    console.log(
      `[resilience] backup restored: ${copy.audit.length} audit events, ${copy.replies.length} signed replies, ${batches.size} of ${written} racing batches`,
    );
  });

  it(
    "with DATABASE_URL: pg_dump/pg_restore of the server's major version, or one line saying what to install",
    { timeout: 120_000 },
    async () => {
      const dest = path.join(await tempDir("jianyi-dump-"), "backup");
      const secrets = await tempDir("jianyi-dump-secrets-");
      const outcome = await backupExternal({ url: sourceUrl, dataDir: secrets, dest }).catch((error: Error) => error);
      if (outcome instanceof Error) {
        // This machine's client tools are not PostgreSQL 18's (Debian 12 ships 15): refused, nothing written.
        expect(outcome.message).toMatch(
          /^pg_dump (is not installed|is version \d+, the server 18): install the PostgreSQL 18 client tools/,
        );
        expect(existsSync(dest) || existsSync(`${dest}.partial`)).toBe(false);
        return;
      }
      expect(outcome.kind).toBe("pg_dump");
      const target = new URL(sourceUrl);
      target.pathname = "/restored_from_dump";
      const admin = new URL(sourceUrl);
      admin.pathname = "/postgres";
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query("CREATE DATABASE restored_from_dump");
      await client.end();
      await restoreExternal({ source: dest, url: target.toString(), dataDir: await tempDir("jianyi-dump-into-") });
      const count = async (url: string) => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        const n = (await c.query('SELECT count(*)::int AS n FROM "AuditEvent"')).rows[0].n as number;
        await c.end();
        return n;
      };
      expect(await count(target.toString())).toBe(await count(sourceUrl));
    },
  );
});
