-- CreateEnum
CREATE TYPE "PartnerContactRole" AS ENUM ('INSTITUTIONAL_COORDINATOR', 'DEPARTMENTAL_COORDINATOR', 'INCOMING_OFFICE');

-- AlterTable
ALTER TABLE "PartnerInstitution" ADD COLUMN     "schacCode" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" TEXT NOT NULL,
    "partnerInstitutionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "PartnerContactRole" NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'en',

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerContact_partnerInstitutionId_email_key" ON "PartnerContact"("partnerInstitutionId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInstitution_schacCode_key" ON "PartnerInstitution"("schacCode");

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "PartnerInstitution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

