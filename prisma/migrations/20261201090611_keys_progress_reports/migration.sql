-- CreateTable
CREATE TABLE "KeyProgressReport" (
    "id" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "reportedOn" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KeyProgressReport_suggestionId_reportedOn_idx" ON "KeyProgressReport"("suggestionId", "reportedOn");

-- CreateIndex
CREATE INDEX "KeyProgressReport_unitId_idx" ON "KeyProgressReport"("unitId");

-- CreateIndex
CREATE INDEX "Suggestion_keyLeaderId_idx" ON "Suggestion"("keyLeaderId");

-- AddForeignKey
ALTER TABLE "KeyProgressReport" ADD CONSTRAINT "KeyProgressReport_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyProgressReport" ADD CONSTRAINT "KeyProgressReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyProgressReport" ADD CONSTRAINT "KeyProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
