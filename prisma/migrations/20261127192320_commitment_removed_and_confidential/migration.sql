-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "confidential" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "removedAt" TIMESTAMP(3);
