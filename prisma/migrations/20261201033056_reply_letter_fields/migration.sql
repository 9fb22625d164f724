-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "docPrefix" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "docNumber" TEXT;

-- CreateTable
CREATE TABLE "LetterSequence" (
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "LetterSequence_pkey" PRIMARY KEY ("unitId","year")
);

-- AddForeignKey
ALTER TABLE "LetterSequence" ADD CONSTRAINT "LetterSequence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
