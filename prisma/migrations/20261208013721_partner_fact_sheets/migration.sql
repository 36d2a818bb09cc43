-- CreateTable
CREATE TABLE "PartnerFactSheet" (
    "partnerInstitutionId" TEXT NOT NULL,
    "content" JSONB,
    "fetchedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "PartnerFactSheet_pkey" PRIMARY KEY ("partnerInstitutionId")
);

-- AddForeignKey
ALTER TABLE "PartnerFactSheet" ADD CONSTRAINT "PartnerFactSheet_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "PartnerInstitution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

