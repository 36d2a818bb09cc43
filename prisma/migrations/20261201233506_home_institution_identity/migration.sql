-- AlterTable
ALTER TABLE "HomeInstitution" ADD COLUMN     "schacCode" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "website" TEXT;

