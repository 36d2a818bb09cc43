-- CreateTable
CREATE TABLE "StaffDigest" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffDigest_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "StaffDigest_userId_sentAt_idx" ON "StaffDigest"("userId", "sentAt");

-- AddForeignKey
ALTER TABLE "StaffDigest" ADD CONSTRAINT "StaffDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

