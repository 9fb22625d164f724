-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];
