-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "learningAgreementNeedsOfficeApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "LearningAgreementVersion" ADD COLUMN     "officeApprovedAt" TIMESTAMP(3),
ADD COLUMN     "officeApprovedById" TEXT;

