-- CreateEnum
CREATE TYPE "AttachmentOwner" AS ENUM ('SUGGESTION', 'COMMUNICATION', 'REPLY', 'SUPERVISION');

-- CreateTable
CREATE TABLE "SignedLetter" (
    "id" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "docNumber" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "signedById" TEXT,
    "letter" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "ownerType" "AttachmentOwner" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "unitId" TEXT,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedById" TEXT,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentBlob" (
    "key" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttachmentBlob_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignedLetter_replyId_key" ON "SignedLetter"("replyId");

-- CreateIndex
CREATE INDEX "SignedLetter_suggestionId_idx" ON "SignedLetter"("suggestionId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_suggestionId_ownerType_ownerId_idx" ON "Attachment"("suggestionId", "ownerType", "ownerId");

-- Foreign keys kept out of the Prisma schema (see SignedLetter and Attachment there).
ALTER TABLE "SignedLetter" ADD CONSTRAINT "SignedLetter_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SignedLetter" ADD CONSTRAINT "SignedLetter_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A signed letter is the record of what was sent: it is never rewritten or deleted.
-- The migration runner splits at every semicolon: the body is an E'' string with its semicolons as \073.
CREATE FUNCTION "signed_letter_frozen"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''a signed letter is archived and cannot be changed'' USING ERRCODE = ''check_violation''\073
END\073
';
CREATE TRIGGER "SignedLetter_frozen" BEFORE UPDATE OR DELETE ON "SignedLetter" FOR EACH ROW EXECUTE FUNCTION "signed_letter_frozen"();
