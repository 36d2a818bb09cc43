-- AlterTable
ALTER TABLE "OutgoingApplication" ADD COLUMN     "nominationId" TEXT;

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "partnerInstitutionId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentById" TEXT NOT NULL,
    "recipients" TEXT[],

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Nomination_roundId_partnerInstitutionId_idx" ON "Nomination"("roundId", "partnerInstitutionId");

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ApplicationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "PartnerInstitution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingApplication" ADD CONSTRAINT "OutgoingApplication_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

