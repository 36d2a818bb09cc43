-- CreateEnum
CREATE TYPE "PiecesState" AS ENUM ('INCOMPLETE', 'COMPLETE', 'ACCEPTED');

-- DropIndex
DROP INDEX "OutgoingApplication_roundId_status_idx";

-- DropIndex
DROP INDEX "OutgoingApplication_programmeId_idx";

-- DropIndex
DROP INDEX "DestinationChoice_partnerInstitutionId_idx";

-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "afterSelectionPiecesDue" TIMESTAMP(3),
ADD COLUMN     "beforeDeparturePiecesDue" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutgoingApplication" ADD COLUMN     "applicationPiecesState" "PiecesState" NOT NULL DEFAULT 'INCOMPLETE';

-- CreateTable
CREATE TABLE "CoordinatorNote" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoordinatorNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PieceReminder" (
    "applicationId" TEXT NOT NULL,
    "phase" "DossierPhase" NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PieceReminder_pkey" PRIMARY KEY ("applicationId","phase")
);

-- CreateIndex
CREATE INDEX "CoordinatorNote_applicationId_createdAt_idx" ON "CoordinatorNote"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "OutgoingApplication_roundId_status_submittedAt_idx" ON "OutgoingApplication"("roundId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "OutgoingApplication_status_submittedAt_idx" ON "OutgoingApplication"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "OutgoingApplication_programmeId_status_idx" ON "OutgoingApplication"("programmeId", "status");

-- CreateIndex
CREATE INDEX "OutgoingApplication_lastName_firstName_idx" ON "OutgoingApplication"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "DestinationChoice_partnerInstitutionId_rank_idx" ON "DestinationChoice"("partnerInstitutionId", "rank");

-- AddForeignKey
ALTER TABLE "CoordinatorNote" ADD CONSTRAINT "CoordinatorNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorNote" ADD CONSTRAINT "CoordinatorNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceReminder" ADD CONSTRAINT "PieceReminder_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

