-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "additionalEligibleNationalities" TEXT[] DEFAULT ARRAY[]::TEXT[];

