-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Degree levels become EQF levels, kept for every existing programme.
ALTER TABLE "Programme" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "eqfLevel" INTEGER,
ADD COLUMN     "iscedCode" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
UPDATE "Programme" SET "eqfLevel" = CASE "level" WHEN 'BACHELOR' THEN 6 WHEN 'MASTER' THEN 7 ELSE 8 END;
ALTER TABLE "Programme" ALTER COLUMN "eqfLevel" SET NOT NULL, DROP COLUMN "level";
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_eqfLevel_check" CHECK ("eqfLevel" BETWEEN 6 AND 8);

-- DropEnum
DROP TYPE "DegreeLevel";
