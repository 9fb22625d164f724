import { mkdtemp, chmod, readFile } from "node:fs/promises";
import os from "node:os"; import path from "node:path";
import { startEmbeddedPostgres } from "../lib/server/embedded-postgres";
import { createPrismaClient } from "../lib/db";
const dir = await mkdtemp(path.join(os.tmpdir(), "scratch-")); await chmod(dir, 0o755);
const pgs = await startEmbeddedPostgres({ dataDir: dir, port: 54509, quiet: true });
const c = createPrismaClient(pgs.url);
console.log(await c.$queryRaw`SELECT 1 as x`);
const pid = Number((await readFile(path.join(dir, "postgres/postmaster.pid"), "utf8")).split("\n")[0]);
process.kill(pid, "SIGKILL");
await new Promise(r => setTimeout(r, 300));
const show = (e: any) => { let x = e; let i=0; while (x && i<6) { console.log(i, x.constructor?.name, x.name, x.code, x.kind, x.message?.slice(0,200), Object.keys(x)); x = x.cause; i++; } };
try { await c.$queryRaw`SELECT 1` } catch (e) { console.log("--- first"); show(e) }
try { await c.$queryRaw`SELECT 1` } catch (e) { console.log("--- second"); show(e) }
try { await c.$transaction(async tx => { await tx.$queryRaw`SELECT 1` }) } catch (e) { console.log("--- tx"); show(e) }
try { await c.user.findMany() } catch (e) { console.log("--- findMany"); show(e) }
process.exit(0);
