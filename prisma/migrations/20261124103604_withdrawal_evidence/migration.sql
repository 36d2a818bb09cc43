-- AlterTable
ALTER TABLE "Withdrawal" ADD COLUMN     "evidenceFileId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_evidenceFileId_key" ON "Withdrawal"("evidenceFileId");

-- AddForeignKey
ALTER TABLE "Withdrawal" ADD CONSTRAINT "Withdrawal_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

