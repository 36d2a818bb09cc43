-- CreateTable
CREATE TABLE "GrantAmendment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    "freed" DECIMAL(12,2) NOT NULL,
    "awarded" JSONB NOT NULL,

    CONSTRAINT "GrantAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GrantAmendment_roundId_idx" ON "GrantAmendment"("roundId");

-- AddForeignKey
ALTER TABLE "GrantAmendment" ADD CONSTRAINT "GrantAmendment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ApplicationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantAmendment" ADD CONSTRAINT "GrantAmendment_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

