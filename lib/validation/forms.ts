// Schemas of forms whose fields are not an act's input as they stand. They name the fields (fieldsOf) and
// say how they are read (readForm); the act's own schema still validates what the action builds from them.
import { z } from "zod";

/** The hidden fields saying what a detail-page form acts on, and the version of it on screen. */
export const targetForm = z.object({
  suggestionId: z.string(),
  replyId: z.string().optional(),
  requestId: z.string(),
  version: z.string().optional(),
});

/** Follow-up (跟踪落实): one text for the commitments ticked, or for the suggestion when none is. */
export const followUpForm = z.object({
  commitmentId: z.array(z.string()).optional(),
  text: z.string(),
  completed: z.boolean().optional(),
});

/** A user's row on the users page: activate or deactivate. */
export const userActiveForm = z.object({ userId: z.string(), active: z.boolean() });

/** A token's row on the tokens page: revoke. */
export const tokenForm = z.object({ tokenId: z.string() });

/** The assignment page's second button: 并案 (merge) the ticked suggestions instead of assigning them. */
export const batchIntentForm = z.object({ intent: z.enum(["merge"]).optional() });
