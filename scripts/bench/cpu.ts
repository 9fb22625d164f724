// CPU time spent by the app and by PostgreSQL while bench:load drives a page, read from /proc (Linux): the
// cost of a view, which decides how many views a machine serves once its cores are busy. Latency under load
// follows from it, but drifts with whatever else the machine does; CPU per view does much less.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const TICK_MS = 10; // USER_HZ is 100 on Linux

export interface CpuSample {
  app: number;
  database: number;
}

/** CPU ms used so far by the app's process group and by every PostgreSQL process; null off Linux. */
export function sampleCpu(appGroup: number): CpuSample | null {
  if (os.platform() !== "linux") return null;
  const sample = { app: 0, database: 0 };
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // the process ended meanwhile
    }
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    // After the name: state, ppid, pgrp, … utime and stime (the line's 14th and 15th fields), then cutime and
    // cstime: the time of children that ended, such as a PostgreSQL backend whose connection was closed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ms = fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) * TICK_MS;
    if (name.startsWith("postgres")) sample.database += ms;
    else if (Number(fields[2]) === appGroup) sample.app += ms;
  }
  return sample;
}

/**
 * Waits until the app has finished what it was given: its CPU time grows by at most one clock tick in `quietMs`
 * (or `maxMs` pass). A timed autocannon run ends with its last requests still being rendered; without this
 * wait up to 50 abandoned renders of one page (1.5 s of CPU for the dashboard) ran into the next page's run
 * and made its first requests, and so its p95, look slow. Returns how long it waited.
 */
export async function waitUntilIdle(appGroup: number, quietMs = 300, maxMs = 30_000): Promise<number> {
  const start = Date.now();
  let last = sampleCpu(appGroup)?.app;
  while (last !== undefined && Date.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = sampleCpu(appGroup)?.app;
    if (now === undefined || now - last <= TICK_MS) break;
    last = now;
  }
  return Date.now() - start;
}
