-- CreateEnum
CREATE TYPE "PlaceOfferState" AS ENUM ('OFFERED', 'ACCEPTED', 'DECLINED', 'LAPSED', 'MOVED_UP', 'RELEASED');

-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "allocationConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "allocationMoves" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "offerAnswerDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "rankAdjustments" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "selectionTieBreaks" TEXT[] DEFAULT ARRAY['academic', 'motivation', 'language']::TEXT[],
ADD COLUMN     "selectionWeights" JSONB NOT NULL DEFAULT '{"academic":50,"motivation":30,"language":20,"previousStay":10}';

-- AlterTable
ALTER TABLE "RoundDestination" ADD COLUMN     "placesHeld" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OutgoingApplication" ADD COLUMN     "motivationMark" DECIMAL(4,2),
ADD COLUMN     "previousErasmusStay" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "selectionRank" INTEGER;

-- CreateTable
CREATE TABLE "PlaceOffer" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "partnerInstitutionId" TEXT NOT NULL,
    "state" "PlaceOfferState" NOT NULL DEFAULT 'OFFERED',
    "offeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answerBy" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "manualReason" TEXT,

    CONSTRAINT "PlaceOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlaceOffer_roundId_partnerInstitutionId_state_idx" ON "PlaceOffer"("roundId", "partnerInstitutionId", "state");

-- CreateIndex
CREATE INDEX "PlaceOffer_applicationId_idx" ON "PlaceOffer"("applicationId");

-- CreateIndex
CREATE INDEX "PlaceOffer_state_answerBy_idx" ON "PlaceOffer"("state", "answerBy");

-- AddForeignKey
ALTER TABLE "PlaceOffer" ADD CONSTRAINT "PlaceOffer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OutgoingApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceOffer" ADD CONSTRAINT "PlaceOffer_roundId_partnerInstitutionId_fkey" FOREIGN KEY ("roundId", "partnerInstitutionId") REFERENCES "RoundDestination"("roundId", "partnerInstitutionId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The places held never exceed the places, even when two requests race.
ALTER TABLE "RoundDestination" ADD CONSTRAINT "RoundDestination_places_held" CHECK ("placesHeld" >= 0 AND "placesHeld" <= "places");

-- An application holds one place at most.
CREATE UNIQUE INDEX "PlaceOffer_one_held_place" ON "PlaceOffer"("applicationId") WHERE "state" IN ('OFFERED', 'ACCEPTED');

ALTER TABLE "OutgoingApplication" ADD CONSTRAINT "OutgoingApplication_motivation_mark" CHECK ("motivationMark" IS NULL OR ("motivationMark" >= 0 AND "motivationMark" <= 20));
ALTER TABLE "ApplicationRound" ADD CONSTRAINT "ApplicationRound_offer_answer_days" CHECK ("offerAnswerDays" BETWEEN 1 AND 60);
