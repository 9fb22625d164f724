// One "app instance" for tests/integration/resilience-instances.test.ts: a process of its own, with its own
// Prisma client and connection pool on the shared DATABASE_URL, serving acts through the real route handlers
// and running the real job worker. It prints "ready", waits for "go" on stdin (so two instances start at
// the same moment), runs the acts of its task all at once, prints the outcomes as one JSON line and exits.
// Run with: tsx --conditions=react-server tests/support/instance.ts '<task json>'
import { createInterface } from "node:readline";
import { POST as assign } from "@/app/api/v1/suggestions/[id]/assignment/route";
import { POST as sign } from "@/app/api/v1/replies/[id]/sign/route";
import { GET as list } from "@/app/api/v1/suggestions/route";
import { POST as token } from "@/app/api/v1/auth/token/route";
import { db } from "@/lib/db";
import { tick } from "@/lib/jobs/worker";

export type Task =
  | { kind: "sign"; token: string; replyId: string; expectedVersion: number; n: number }
  | { kind: "assign"; token: string; suggestionId: string; unitCodes: string[]; n: number }
  | { kind: "tick"; now: string; n: number }
  | { kind: "signIn"; username: string; password: string }
  | { kind: "list"; token: string };

const post = (token: string, body: unknown) =>
  new Request("http://localhost/api/v1/x", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const outcome = async (response: Promise<Response>) => {
  const r = await response;
  return { status: r.status, body: (await r.json()) as unknown };
};

async function run(task: Task): Promise<unknown[]> {
  const times = (n: number) => Array.from({ length: n }, (_, i) => i);
  switch (task.kind) {
    case "sign":
      return Promise.all(
        times(task.n).map(() =>
          outcome(sign(post(task.token, { expectedVersion: task.expectedVersion, publishable: true }), params(task.replyId))),
        ),
      );
    case "assign":
      return Promise.all(
        times(task.n).map((i) =>
          outcome(assign(post(task.token, { leadUnitCode: task.unitCodes[i % task.unitCodes.length] }), params(task.suggestionId))),
        ),
      );
    case "tick":
      return Promise.all(times(task.n).map((i) => tick(`${process.pid}-${i}`, new Date(task.now))));
    case "signIn":
      return [
        await outcome(
          token(
            new Request("http://localhost/api/v1/auth/token", {
              method: "POST",
              body: JSON.stringify({ username: task.username, password: task.password }),
            }),
          ),
        ),
      ];
    case "list":
      return [
        await outcome(list(new Request("http://localhost/api/v1/suggestions", { headers: { Authorization: `Bearer ${task.token}` } }))),
      ];
  }
}

const task = JSON.parse(process.argv[2] ?? "{}") as Task;
// Open the pool before the start signal, so both instances begin their acts together.
await Promise.all(Array.from({ length: 5 }, () => db.$queryRaw`SELECT 1`));
console.log("ready");
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === "go") break;
const results = await run(task);
console.log(JSON.stringify(results, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
await db.$disconnect();
process.exit(0);
