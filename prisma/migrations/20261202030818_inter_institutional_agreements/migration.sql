-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'SIGNED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "CooperationDirection" AS ENUM ('OUTGOING', 'INCOMING');

-- CreateTable
CREATE TABLE "InterInstitutionalAgreement" (
    "id" TEXT NOT NULL,
    "partnerInstitutionId" TEXT NOT NULL,
    "firstAcademicYear" TEXT NOT NULL,
    "lastAcademicYear" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "signedCopyId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterInstitutionalAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationCondition" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "direction" "CooperationDirection" NOT NULL,
    "iscedCode" TEXT NOT NULL,
    "eqfLevels" INTEGER[],
    "studentsPerYear" INTEGER NOT NULL,
    "monthsPerStudent" INTEGER NOT NULL,
    "languageCode" TEXT,
    "languageLevel" TEXT,
    "departmentId" TEXT,

    CONSTRAINT "CooperationCondition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InterInstitutionalAgreement_signedCopyId_key" ON "InterInstitutionalAgreement"("signedCopyId");

-- CreateIndex
CREATE INDEX "InterInstitutionalAgreement_partnerInstitutionId_idx" ON "InterInstitutionalAgreement"("partnerInstitutionId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationCondition_agreementId_position_key" ON "CooperationCondition"("agreementId", "position");

-- AddForeignKey
ALTER TABLE "InterInstitutionalAgreement" ADD CONSTRAINT "InterInstitutionalAgreement_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "PartnerInstitution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterInstitutionalAgreement" ADD CONSTRAINT "InterInstitutionalAgreement_signedCopyId_fkey" FOREIGN KEY ("signedCopyId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "InterInstitutionalAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The rules the forms check, kept by the database too.
ALTER TABLE "InterInstitutionalAgreement" ADD CONSTRAINT "InterInstitutionalAgreement_years_check" CHECK ("firstAcademicYear" <= "lastAcademicYear");
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_numbers_check" CHECK ("studentsPerYear" >= 0 AND "monthsPerStudent" BETWEEN 1 AND 12 AND cardinality("eqfLevels") > 0);
