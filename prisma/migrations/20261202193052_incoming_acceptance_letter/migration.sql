-- AlterTable
ALTER TABLE "IncomingApplication" ADD COLUMN     "acceptanceLetterFileId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "IncomingApplication_acceptanceLetterFileId_key" ON "IncomingApplication"("acceptanceLetterFileId");

-- AddForeignKey
ALTER TABLE "IncomingApplication" ADD CONSTRAINT "IncomingApplication_acceptanceLetterFileId_fkey" FOREIGN KEY ("acceptanceLetterFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

