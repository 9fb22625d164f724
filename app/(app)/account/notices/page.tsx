import { saveNoticeChannelsAction } from "./actions";
import { Input } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { requireActor } from "@/lib/auth/current";
import { readNoticeSettings } from "@/lib/data/outbox";
import { getT } from "@/lib/i18n/server";
import { CHANNELS } from "@/lib/notifications/outbox/channels";
import { CHANNEL_KINDS } from "@/lib/notifications/outbox/kinds";
import { channelChoicesInput } from "@/lib/validation/channels";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(channelChoicesInput);

export async function generateMetadata() {
  return { title: (await getT())("outbox.settings.title") };
}

/** Every signed-in user's own e-mail address and channels per kind of notice: a table of checkboxes. */
export default async function NoticeSettingsPage() {
  const actor = await requireActor();
  const t = await getT();
  const settings = await readNoticeSettings(actor);
  const on = new Set(settings.on);
  const channelName = (c: string) =>
    `${t(`outbox.channel.${c}`)}${settings.configured.includes(c) ? "" : t("outbox.settings.notConfigured")}`;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("outbox.settings.title")}</h1>
      <p className="text-sm text-gray-700">{t("outbox.settings.intro")}</p>
      <p className="text-sm text-gray-700">
        {settings.phone ? t("outbox.settings.phone", { phone: settings.phone }) : t("outbox.settings.noPhone")}
      </p>
      <section className="rounded bg-white p-4 shadow-sm">
        <ActionForm
          action={saveNoticeChannelsAction}
          hidden={{}}
          submitLabel={t("outbox.settings.submit")}
          labels={{ [f.email]: t("outbox.settings.email"), [f.on]: t("outbox.settings.kind") }}
        >
          <div className="space-y-4">
            <Input
              label={t("outbox.settings.email")}
              name={f.email}
              type="email"
              defaultValue={settings.email}
              hint={t("outbox.settings.emailHint")}
            />
            <table className="w-full text-sm">
              <caption className="p-2 text-left font-medium">{t("outbox.settings.title")}</caption>
              <thead className="bg-gray-100 text-left">
                <tr>
                  <th scope="col" className="p-2">
                    {t("outbox.settings.kind")}
                  </th>
                  {CHANNELS.map((c) => (
                    <th key={c} scope="col" className="p-2">
                      {channelName(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {CHANNEL_KINDS.map((kind) => (
                  <tr key={kind} className="border-t">
                    <th scope="row" className="p-2 text-left font-normal">
                      {t(`outbox.kinds.${kind}`)}
                    </th>
                    {CHANNELS.map((c) => (
                      <td key={c} className="p-2">
                        <input
                          type="checkbox"
                          name={f.on}
                          value={`${kind}:${c}`}
                          defaultChecked={on.has(`${kind}:${c}`)}
                          aria-label={`${t(`outbox.kinds.${kind}`)} · ${t(`outbox.channel.${c}`)}`}
                          className="h-4 w-4"
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
