-- AlterTable
ALTER TABLE "User" ADD COLUMN     "europeanStudentIdentifier" TEXT,
ADD COLUMN     "institutionSubject" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_institutionSubject_key" ON "User"("institutionSubject");

