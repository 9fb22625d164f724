-- CreateTable
CREATE TABLE "StatsVersion" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatsVersion_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "StatsCache" (
    "sessionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "globalVersion" INTEGER NOT NULL,
    "value" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatsCache_pkey" PRIMARY KEY ("sessionId","key")
);

-- Every audited write bumps the statistics version of the session it touches ("*" for units, deputies and
-- sessions, which every session's figures name), in the writer's own transaction: a trigger on AuditEvent
-- sees every write, createMany included. Deferred to the commit, so the version row is locked only for the
-- commit itself, and bumped once per scope and transaction (a transaction-local setting remembers it).
-- The migration runner splits scripts at every semicolon, so the body is an E'' string whose semicolons
-- are written \073.
CREATE FUNCTION stats_touch() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  target text\073
BEGIN
  IF NEW."suggestionId" IS NOT NULL THEN
    SELECT "sessionId" INTO target FROM "Suggestion" WHERE id = NEW."suggestionId"\073
  ELSIF NEW.entity NOT IN (''User'', ''ApiToken'', ''Notification'', ''ReplyTemplate'', ''Job'', ''LoginAttempt'', ''AuthThrottle'') THEN
    target := ''*''\073
  END IF\073
  IF target IS NULL OR current_setting(''stats.t'' || md5(target), true) = ''1'' THEN
    RETURN NULL\073
  END IF\073
  PERFORM set_config(''stats.t'' || md5(target), ''1'', true)\073
  INSERT INTO "StatsVersion" (scope, version) VALUES (target, 1)
    ON CONFLICT (scope) DO UPDATE SET version = "StatsVersion".version + 1\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER "AuditEvent_stats_touch" AFTER INSERT ON "AuditEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_touch();
