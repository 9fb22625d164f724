import type { Actor } from "@/lib/auth/user";

/** Who acts, and when. `now` is injectable so the demo can replay a past year through the same rules. */
export interface Ctx {
  actor: Actor;
  now?: Date;
}

export const nowOf = (ctx: Ctx) => ctx.now ?? new Date();
