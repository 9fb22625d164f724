// Other app instances for the multi-instance tests: each a process of its own (tests/support/instance.ts) with
// its own Prisma client and pool on the test database, started together on "go".
import { spawn } from "node:child_process";
import path from "node:path";
import type { Task } from "./instance";

const root = path.resolve(import.meta.dirname, "../..");

/** Starts one instance per task, waits until all are ready, starts them together and collects their outcomes. */
export async function together<T>(...tasks: Task[]): Promise<T[][]> {
  const children = tasks.map((task) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "tests/support/instance.ts", JSON.stringify(task)],
      {
        cwd: root,
        env: { ...process.env, JOBS_WORKER: "false", DB_POOL_SIZE: "10" },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("ready\n")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`instance exited ${code} before it was ready: ${err}`)));
    });
    const done = new Promise<T[]>((resolve, reject) =>
      child.on("exit", (code) =>
        code === 0
          ? resolve(JSON.parse(out.split("\n").filter(Boolean).at(-1)!) as T[])
          : reject(new Error(`instance exited ${code}: ${err}`)),
      ),
    );
    return { child, ready, done };
  });
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.child.stdin.write("go\n");
  return Promise.all(children.map((c) => c.done));
}
