-- CreateEnum
CREATE TYPE "IncomingAgreementAnswer" AS ENUM ('APPROVED', 'COMMENTED');

-- CreateTable
CREATE TABLE "EwpNotification" (
    "id" TEXT NOT NULL,
    "api" TEXT NOT NULL,
    "heiId" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EwpNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomingLearningAgreement" (
    "id" TEXT NOT NULL,
    "sendingHeiId" TEXT NOT NULL,
    "omobilityId" TEXT NOT NULL,
    "document" TEXT,
    "studentName" TEXT,
    "proposalId" TEXT,
    "refreshNeeded" BOOLEAN NOT NULL DEFAULT true,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "answer" "IncomingAgreementAnswer",
    "answerComment" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncomingLearningAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EwpNotification_sentAt_nextAttemptAt_idx" ON "EwpNotification"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingLearningAgreement_sendingHeiId_omobilityId_key" ON "IncomingLearningAgreement"("sendingHeiId", "omobilityId");

