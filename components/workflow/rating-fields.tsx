"use client";
import { useState } from "react";
import { TextArea } from "@/components/ui/fields";
import { useT } from "@/lib/i18n/client";
import type { FieldNames } from "@/lib/validation/form";
import type { feedbackInput } from "@/lib/validation/handling";

const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;

/** The rating and its comment; choosing 不满意 makes the comment (the reason the unit re-handles against) required. */
export function RatingFields({ names }: { names: FieldNames<typeof feedbackInput> }) {
  const t = useT();
  const [rating, setRating] = useState<string>("");
  const dissatisfied = rating === "DISSATISFIED";
  return (
    <>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t("work.feedback.rating")}</legend>
        <div className="flex flex-wrap gap-4">
          {RATINGS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <input type="radio" name={names.rating} value={r} required onChange={() => setRating(r)} />
              {t(`domain.rating.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        label={t("work.feedback.comment")}
        name={names.comment}
        rows={3}
        required={dissatisfied}
        hint={t("work.feedback.reasonHint")}
      />
    </>
  );
}
