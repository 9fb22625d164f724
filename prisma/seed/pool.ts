/** Runs `work` over `items` with at most `limit` in flight. */
export async function pool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i); // i < items.length
    }
  });
  await Promise.all(runners);
}

/** A workflow refusal in one line (its message key, parameters and field errors), for the seed's own errors. */
export const describeError = (error: unknown) => {
  const e = error as { messageKey?: string; message?: string; params?: unknown; fields?: unknown };
  return [e.messageKey ?? e.message, e.params && JSON.stringify(e.params), e.fields && JSON.stringify(e.fields)].filter(Boolean).join(" ");
};

/** Seconds since `started`, for the seed's progress lines. */
export const elapsed = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;
