-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "destinationsVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

