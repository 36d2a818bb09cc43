-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'SELECTED', 'WAITING_LIST', 'NOT_SELECTED', 'NOMINATED', 'LEARNING_AGREEMENT_SIGNED', 'DEPARTED', 'ARRIVED', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ResidenceStatus" AS ENUM ('none', 'refugee', 'stateless', 'permanent_resident_10y', 'residence_permit_1y');

-- CreateEnum
CREATE TYPE "RecognitionAnswer" AS ENUM ('yes', 'no', 'unsure');

-- CreateEnum
CREATE TYPE "CefrLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2');

-- CreateEnum
CREATE TYPE "DossierPhase" AS ENUM ('APPLICATION', 'AFTER_SELECTION', 'BEFORE_DEPARTURE', 'AFTER_ARRIVAL');

-- CreateEnum
CREATE TYPE "PieceKind" AS ENUM ('MOTIVATION_LETTER', 'ACADEMIC_RECORD', 'EXAM_REGISTRATION', 'SCHOLARSHIP_NOTIFICATION', 'RESIDENT_CARD_COPY', 'DECLARATION_ON_HONOUR', 'ECTS_APPLICATION_FORM', 'ECTS_TRANSCRIPT', 'LEARNING_AGREEMENT', 'STUDENT_CONTRACT', 'BANK_DETAILS', 'STUDENT_CARD', 'ATTENDANCE_CERTIFICATE', 'ENROLMENT_CERTIFICATE');

-- CreateEnum
CREATE TYPE "PieceStatus" AS ENUM ('UPLOADED', 'ACCEPTED', 'TO_REPLACE');

-- CreateTable
CREATE TABLE "OutgoingApplication" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "form" JSONB NOT NULL DEFAULT '{}',
    "currentStep" INTEGER NOT NULL DEFAULT 0,
    "firstName" TEXT,
    "lastName" TEXT,
    "birthDate" DATE,
    "phone" TEXT,
    "nationality" CHAR(2),
    "residenceStatus" "ResidenceStatus",
    "programmeId" TEXT,
    "yearOfStudy" INTEGER,
    "creditsCompleted" INTEGER,
    "scholarshipHolder" BOOLEAN,
    "otherEuGrant" BOOLEAN,
    "fullRecognition" "RecognitionAnswer",
    "motivation" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutgoingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DestinationChoice" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "partnerInstitutionId" TEXT NOT NULL,
    "semesters" "MobilitySemester"[],
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,

    CONSTRAINT "DestinationChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LanguageSkill" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" "CefrLevel" NOT NULL,

    CONSTRAINT "LanguageSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierPiece" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "PieceKind" NOT NULL,
    "status" "PieceStatus" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "currentFileId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DossierPiece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pieceId" TEXT,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankDetails" (
    "applicationId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "ibanEncrypted" TEXT NOT NULL,
    "ibanLast4" CHAR(4) NOT NULL,
    "bic" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BankDetails_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE INDEX "OutgoingApplication_roundId_status_idx" ON "OutgoingApplication"("roundId", "status");

-- CreateIndex
CREATE INDEX "OutgoingApplication_programmeId_idx" ON "OutgoingApplication"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "OutgoingApplication_studentId_roundId_key" ON "OutgoingApplication"("studentId", "roundId");

-- CreateIndex
CREATE INDEX "DestinationChoice_partnerInstitutionId_idx" ON "DestinationChoice"("partnerInstitutionId");

-- CreateIndex
CREATE UNIQUE INDEX "DestinationChoice_applicationId_rank_key" ON "DestinationChoice"("applicationId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageSkill_applicationId_language_key" ON "LanguageSkill"("applicationId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "DossierPiece_currentFileId_key" ON "DossierPiece"("currentFileId");

-- CreateIndex
CREATE UNIQUE INDEX "DossierPiece_applicationId_kind_key" ON "DossierPiece"("applicationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_pieceId_uploadedAt_idx" ON "StoredFile"("pieceId", "uploadedAt");

-- AddForeignKey
ALTER TABLE "OutgoingApplication" ADD CONSTRAINT "OutgoingApplication_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingApplication" ADD CONSTRAINT "OutgoingApplication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ApplicationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingApplication" ADD CONSTRAINT "OutgoingApplication_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DestinationChoice" ADD CONSTRAINT "DestinationChoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DestinationChoice" ADD CONSTRAINT "DestinationChoice_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "PartnerInstitution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageSkill" ADD CONSTRAINT "LanguageSkill_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierPiece" ADD CONSTRAINT "DossierPiece_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierPiece" ADD CONSTRAINT "DossierPiece_currentFileId_fkey" FOREIGN KEY ("currentFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "DossierPiece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankDetails" ADD CONSTRAINT "BankDetails_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

