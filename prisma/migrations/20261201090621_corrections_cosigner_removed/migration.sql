-- AlterTable
ALTER TABLE "SuggestionCoSigner" ADD COLUMN     "removedAt" TIMESTAMP(3);
