-- CreateEnum
CREATE TYPE "EndOfStaySource" AS ENUM ('HOST_LINK', 'HOST_ACCOUNT', 'STUDENT_SCAN', 'HOME_TRANSCRIPTION');

-- CreateEnum
CREATE TYPE "EndOfStayRequest" AS ENUM ('ATTENDANCE', 'TRANSCRIPT');

-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "finalGrantToleranceDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "minimumStayMonths" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "prefinancingPercent" INTEGER NOT NULL DEFAULT 80;

-- AlterTable
ALTER TABLE "OutgoingApplication" ADD COLUMN     "longerStayAmendedAt" TIMESTAMP(3),
ADD COLUMN     "longerStayAmendedById" TEXT;

-- CreateTable
CREATE TABLE "EndOfStayInvitation" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "request" "EndOfStayRequest" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EndOfStayInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceConfirmation" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    "source" "EndOfStaySource" NOT NULL,
    "confirmedByName" TEXT NOT NULL,
    "confirmedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttendanceConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranscriptOfRecords" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "entries" JSONB NOT NULL,
    "source" "EndOfStaySource" NOT NULL,
    "enteredByName" TEXT NOT NULL,
    "enteredBy" TEXT NOT NULL,
    "pdfFileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranscriptOfRecords_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradingTable" (
    "id" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "partnerInstitutionId" TEXT,
    "eqfLevel" INTEGER NOT NULL,
    "iscedCode" CHAR(4) NOT NULL,
    "grades" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GradingTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "applicationId" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "shortfallReason" TEXT,
    "transcriptId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "EndOfStayInvitation_tokenHash_key" ON "EndOfStayInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "EndOfStayInvitation_applicationId_idx" ON "EndOfStayInvitation"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceConfirmation_applicationId_number_key" ON "AttendanceConfirmation"("applicationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "TranscriptOfRecords_applicationId_number_key" ON "TranscriptOfRecords"("applicationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "GradingTable_owner_eqfLevel_iscedCode_key" ON "GradingTable"("owner", "eqfLevel", "iscedCode");

-- AddForeignKey
ALTER TABLE "EndOfStayInvitation" ADD CONSTRAINT "EndOfStayInvitation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceConfirmation" ADD CONSTRAINT "AttendanceConfirmation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptOfRecords" ADD CONSTRAINT "TranscriptOfRecords_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptOfRecords" ADD CONSTRAINT "TranscriptOfRecords_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradingTable" ADD CONSTRAINT "GradingTable_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "PartnerInstitution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The database keeps the settings in range and the stay in order, as the forms do.
ALTER TABLE "ApplicationRound" ADD CONSTRAINT "ApplicationRound_final_grant_settings_check"
  CHECK ("finalGrantToleranceDays" BETWEEN 0 AND 60 AND "minimumStayMonths" BETWEEN 0 AND 12 AND "prefinancingPercent" BETWEEN 0 AND 100);
ALTER TABLE "AttendanceConfirmation" ADD CONSTRAINT "AttendanceConfirmation_days_check" CHECK ("lastDay" >= "firstDay");
