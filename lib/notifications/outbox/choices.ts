// A user's own notice settings (the account page): the e-mail address and the channel per kind of notice.
// Saved whole, in one transaction with its audit event.
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { channelChoicesInput } from "@/lib/validation/channels";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import type { Ctx } from "@/lib/workflow/context";
import { transact } from "@/lib/workflow/transaction";
import { CHANNELS, DEFAULT_ON } from "./channels";
import { CHANNEL_KINDS } from "./kinds";

export interface ChannelSettings {
  email: string;
  /** "kind:CHANNEL" for every choice that is on, the defaults included. */
  on: string[];
}

export async function readChannelSettings(userId: string, tx: Tx = db): Promise<ChannelSettings> {
  const [user, rows] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } }),
    tx.notificationChannelChoice.findMany({ where: { userId } }),
  ]);
  const stored = new Map(rows.map((r) => [`${r.kind}:${r.channel}`, r.enabled]));
  const on = CHANNEL_KINDS.flatMap((kind) =>
    CHANNELS.filter((c: OutboxChannel) => stored.get(`${kind}:${c}`) ?? DEFAULT_ON[c]).map((c) => `${kind}:${c}`),
  );
  return { email: user.email ?? "", on };
}

export async function saveChannelChoices(ctx: Ctx, input: InputOf<typeof channelChoicesInput>): Promise<ChannelSettings> {
  const data = parseInput(channelChoicesInput, input);
  const userId = ctx.actor.id;
  return transact(async (tx) => {
    const before = await readChannelSettings(userId, tx);
    const on = new Set<string>(data.on);
    for (const kind of CHANNEL_KINDS)
      for (const channel of CHANNELS) {
        const enabled = on.has(`${kind}:${channel}`);
        await tx.notificationChannelChoice.upsert({
          where: { userId_kind_channel: { userId, kind, channel } },
          create: { userId, kind, channel, enabled },
          update: { enabled },
        });
      }
    await tx.user.update({ where: { id: userId }, data: { email: data.email || null } });
    const after = await readChannelSettings(userId, tx);
    await audit(tx, { actorId: userId, action: "account.notices", entity: "User", entityId: userId, before, after, at: ctx.now });
    return after;
  });
}
