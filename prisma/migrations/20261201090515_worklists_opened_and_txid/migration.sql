-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "openedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "txid" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- CreateIndex
CREATE INDEX "AuditEvent_txid_id_idx" ON "AuditEvent"("txid", "id");

-- Assignments made before the marker existed are not new to their units: they count as opened when assigned.
UPDATE "Assignment" SET "openedAt" = "assignedAt" WHERE "openedAt" IS NULL;
