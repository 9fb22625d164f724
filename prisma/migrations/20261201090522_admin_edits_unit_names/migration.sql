-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Deputy" ADD COLUMN     "phone" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "UnitName" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),

    CONSTRAINT "UnitName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitName_unitId_validFrom_idx" ON "UnitName"("unitId", "validFrom");

-- CreateIndex
CREATE INDEX "UnitName_name_idx" ON "UnitName"("name");

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every existing unit's current name, valid since the unit was created (issue 11).
INSERT INTO "UnitName" ("id", "unitId", "name", "validFrom", "validTo")
SELECT 'un-' || u."id", u."id", u."name", u."createdAt", NULL FROM "Unit" u;
