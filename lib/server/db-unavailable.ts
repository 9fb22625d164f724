// Is this error "the database cannot be reached right now" (down, restarting, shutting down, pool starved)
// rather than a bug or a bad request? Such errors are answered 503 / "temporarily unavailable", never 500.
// They come in several shapes: Prisma's known-request errors (P1001 can't reach, P1017 closed, P2024 pool
// timeout, or any code whose driver-adapter cause is a connection failure), pg's own errors when a
// connection dies mid-query, and PostgreSQL's SQLSTATEs for a server that is starting or stopping.

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
// 08xxx connection exception, 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.
const SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGES = [
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to (administrator command|unexpected postmaster exit|crash of another server process)/i,
  /timeout exceeded when trying to connect/i,
  /Timed out fetching a new connection from the connection pool/i,
];

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
  cause?: unknown;
}

function matches(error: ErrorLike): boolean {
  if (typeof error.code === "string" && (PRISMA_CODES.has(error.code) || SQLSTATE.test(error.code) || NODE_CODES.has(error.code)))
    return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  return typeof error.message === "string" && MESSAGES.some((pattern) => pattern.test(error.message as string));
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // Walk causes (and the adapter error Prisma keeps in meta) a few levels deep; errors are not cyclic here.
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length && seen < 10; seen++) {
    const current = queue.shift();
    if (!current || typeof current !== "object") continue;
    const e = current as ErrorLike;
    if (matches(e)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError, e.meta?.driverAdapterError?.cause);
    if (current instanceof AggregateError) queue.push(...current.errors);
  }
  return false;
}
