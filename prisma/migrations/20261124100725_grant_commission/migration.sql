-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "grantBudget" DECIMAL(12,2),
ADD COLUMN     "grantPublicationDate" TIMESTAMP(3),
ADD COLUMN     "grantRateTable" JSONB,
ADD COLUMN     "grantTieBreaks" TEXT[] DEFAULT ARRAY['academic', 'social', 'linguistic']::TEXT[],
ADD COLUMN     "grantWeights" JSONB NOT NULL DEFAULT '{"social":1,"linguistic":1,"academic":1}',
ADD COLUMN     "grantsPublishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutgoingApplication" ADD COLUMN     "fewerOpportunities" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "gradeAverage" DECIMAL(4,2),
ADD COLUMN     "linguisticOverride" BOOLEAN;

-- CreateTable
CREATE TABLE "GrantDecision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "breakdown" JSONB NOT NULL,
    "awarded" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "amountLines" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Withdrawal" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "declaredById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "returnDate" DATE,
    "forceMajeureReported" BOOLEAN NOT NULL DEFAULT false,
    "agencyAcceptedAt" TIMESTAMP(3),
    "amountReceived" DECIMAL(10,2) NOT NULL,
    "amountOwed" DECIMAL(10,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Withdrawal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GrantDecision_applicationId_key" ON "GrantDecision"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_applicationId_key" ON "Withdrawal"("applicationId");

-- AddForeignKey
ALTER TABLE "GrantDecision" ADD CONSTRAINT "GrantDecision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Withdrawal" ADD CONSTRAINT "Withdrawal_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

