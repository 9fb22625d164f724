// JSON responses of /api/v1: UTF-8, never cached, dates as ISO strings, BigInt ids as strings.
const replacer = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

export function json(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(data, replacer), {
    status: init.status ?? 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...init.headers,
    },
  });
}

/** 201 Created with the created object(s). */
export const created = (data: unknown) => json(data, { status: 201 });
