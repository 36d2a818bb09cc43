-- CreateEnum
CREATE TYPE "IncomingStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "CapturedEmail" ADD COLUMN     "attachmentNames" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "FactSheet" (
    "id" TEXT NOT NULL,
    "erasmusCode" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "FactSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomingApplication" (
    "id" TEXT NOT NULL,
    "accessTokenHash" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "homeInstitution" TEXT NOT NULL,
    "homeErasmusCode" TEXT NOT NULL,
    "fieldOfStudy" TEXT NOT NULL,
    "semester" "MobilitySemester" NOT NULL,
    "academicYear" TEXT NOT NULL,
    "languages" JSONB NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "cvFileId" TEXT NOT NULL,
    "status" "IncomingStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decisionMessage" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncomingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FactSheet_erasmusCode_key" ON "FactSheet"("erasmusCode");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingApplication_accessTokenHash_key" ON "IncomingApplication"("accessTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingApplication_cvFileId_key" ON "IncomingApplication"("cvFileId");

-- CreateIndex
CREATE INDEX "IncomingApplication_status_createdAt_idx" ON "IncomingApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IncomingApplication_academicYear_semester_idx" ON "IncomingApplication"("academicYear", "semester");

-- AddForeignKey
ALTER TABLE "IncomingApplication" ADD CONSTRAINT "IncomingApplication_cvFileId_fkey" FOREIGN KEY ("cvFileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

