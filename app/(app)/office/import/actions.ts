"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { importSuggestions, type ImportResult } from "@/lib/import/apply";

export type ImportState = { ok: boolean; message?: string; result?: ImportResult; errorRows?: { row: number; column: string; message: string }[] };

const MAX_BYTES = 20 * 1024 * 1024;
const formSchema = z.object({
  sessionCode: z.string().trim().min(1).max(20),
  createUnknownDeputies: z.enum(["on"]).optional(),
  dryRun: z.enum(["1"]).optional(),
});

export async function importAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const actor = await requireActor();
  const t = await getT();
  const file = form.get("file");
  const parsed = formSchema.safeParse(Object.fromEntries([...form.entries()].filter(([k]) => k !== "file")));
  if (!parsed.success || !(file instanceof File) || file.size === 0) return { ok: false, message: t("office.import.chooseFile") };
  if (file.size > MAX_BYTES) return { ok: false, message: t("office.import.tooLarge") };
  try {
    const result = await importSuggestions(
      { actor },
      {
        sessionCode: parsed.data.sessionCode,
        fileName: file.name,
        data: await file.arrayBuffer(),
        createUnknownDeputies: parsed.data.createUnknownDeputies === "on",
        dryRun: parsed.data.dryRun === "1",
      },
    );
    if (result.kind === "invalid") {
      const errorRows = result.errors.map((e) => ({ row: e.row, column: e.column, message: t(e.messageKey) }));
      return { ok: false, message: t("office.import.invalid", { count: errorRows.length }), result, errorRows };
    }
    if (result.kind === "imported") revalidatePath("/", "layout");
    return { ok: true, result };
  } catch (error) {
    return failure(error, t);
  }
}
