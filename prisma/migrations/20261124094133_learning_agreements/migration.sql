-- CreateEnum
CREATE TYPE "LearningAgreementParty" AS ENUM ('STUDENT', 'SENDING', 'RECEIVING');

-- CreateEnum
CREATE TYPE "LearningAgreementVersionState" AS ENUM ('DRAFT', 'PROPOSED', 'AGREED', 'REJECTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "LearningAgreementVersionKind" AS ENUM ('FIRST', 'CHANGE');

-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "learningAgreementChangeDays" INTEGER NOT NULL DEFAULT 35;

-- AlterTable
ALTER TABLE "OutgoingApplication" ADD COLUMN     "arrivedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LearningAgreement" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningAgreementVersion" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "LearningAgreementVersionKind" NOT NULL,
    "state" "LearningAgreementVersionState" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "changes" JSONB,
    "contentHash" CHAR(64) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "pdfFileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposedAt" TIMESTAMP(3),
    "agreedAt" TIMESTAMP(3),

    CONSTRAINT "LearningAgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningAgreementSignature" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "party" "LearningAgreementParty" NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerPosition" TEXT NOT NULL,
    "signerEmail" TEXT NOT NULL,
    "signerApp" TEXT NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "userId" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningAgreementSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningAgreementRejection" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "party" "LearningAgreementParty" NOT NULL,
    "authorName" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningAgreementRejection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostSigningInvitation" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HostSigningInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LearningAgreement_applicationId_key" ON "LearningAgreement"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "LearningAgreementVersion_pdfFileId_key" ON "LearningAgreementVersion"("pdfFileId");

-- CreateIndex
CREATE UNIQUE INDEX "LearningAgreementVersion_agreementId_number_key" ON "LearningAgreementVersion"("agreementId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "LearningAgreementSignature_versionId_party_key" ON "LearningAgreementSignature"("versionId", "party");

-- CreateIndex
CREATE UNIQUE INDEX "HostSigningInvitation_tokenHash_key" ON "HostSigningInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "HostSigningInvitation_agreementId_idx" ON "HostSigningInvitation"("agreementId");

-- AddForeignKey
ALTER TABLE "LearningAgreement" ADD CONSTRAINT "LearningAgreement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningAgreementVersion" ADD CONSTRAINT "LearningAgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "LearningAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningAgreementSignature" ADD CONSTRAINT "LearningAgreementSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "LearningAgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningAgreementRejection" ADD CONSTRAINT "LearningAgreementRejection_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "LearningAgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostSigningInvitation" ADD CONSTRAINT "HostSigningInvitation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "LearningAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

