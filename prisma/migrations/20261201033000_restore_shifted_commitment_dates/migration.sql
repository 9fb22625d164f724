-- Data only: puts back the planned dates of commitments that re-saving a reply draft moved.
-- The reply editor showed a stored date (midnight in China, 16:00 UTC the day before) as its UTC day, so each
-- save of a draft stored the day before. The audit log keeps every save ("reply.update": before/after with the
-- commitments in form order). A move is a commitment at the same position, with the same text, whose date
-- became exactly one day earlier. A commitment is followed back through its chain of such moves to the date
-- typed before the first one, and gets that date again, with an audit event ("commitment.restoreDate").
WITH RECURSIVE shift AS (
  SELECT e."entityId" AS reply_id, b.item->>'text' AS text,
         ((b.item->>'dueAt')::timestamptz AT TIME ZONE 'UTC') AS before_due,
         ((a.item->>'dueAt')::timestamptz AT TIME ZONE 'UTC') AS after_due
  FROM "AuditEvent" e
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.before->'commitments') = 'array' THEN e.before->'commitments' ELSE '[]'::jsonb END)
    WITH ORDINALITY AS b(item, n)
  JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.after->'commitments') = 'array' THEN e.after->'commitments' ELSE '[]'::jsonb END)
    WITH ORDINALITY AS a(item, n) ON a.n = b.n
  WHERE e.action = 'reply.update' AND e.entity = 'Reply'
    AND a.item->>'text' = b.item->>'text'
    AND (b.item->>'dueAt')::timestamptz - (a.item->>'dueAt')::timestamptz = interval '1 day'
),
chain AS (
  SELECT c.id, c."replyId" AS reply_id, c.text, c."dueAt"::timestamp AS due, 0 AS depth
  FROM "Commitment" c
  WHERE c."removedAt" IS NULL
    AND EXISTS (SELECT 1 FROM shift sh WHERE sh.reply_id = c."replyId" AND sh.text = c.text AND sh.after_due = c."dueAt")
  UNION
  SELECT ch.id, ch.reply_id, ch.text, sh.before_due, ch.depth + 1
  FROM chain ch JOIN shift sh ON sh.reply_id = ch.reply_id AND sh.text = ch.text AND sh.after_due = ch.due
  WHERE ch.depth < 400
),
target AS (
  SELECT ch.id, c."dueAt" AS moved, max(ch.due) AS restored
  FROM chain ch JOIN "Commitment" c ON c.id = ch.id
  GROUP BY ch.id, c."dueAt"
  HAVING max(ch.due) > c."dueAt"
),
fixed AS (
  UPDATE "Commitment" c SET "dueAt" = t.restored
  FROM target t WHERE c.id = t.id
  RETURNING c.id, c."replyId", t.moved, t.restored
)
INSERT INTO "AuditEvent" ("actorId", action, entity, "entityId", "suggestionId", before, after, "createdAt")
SELECT NULL, 'commitment.restoreDate', 'Commitment', f.id, r."suggestionId",
       jsonb_build_object('replyId', f."replyId", 'dueAt', to_char(f.moved, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
       jsonb_build_object('replyId', f."replyId", 'dueAt', to_char(f.restored, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                          'reason', 'restoreShiftedCommitmentDates'),
       now() AT TIME ZONE 'UTC'
FROM fixed f JOIN "Reply" r ON r.id = f."replyId";
