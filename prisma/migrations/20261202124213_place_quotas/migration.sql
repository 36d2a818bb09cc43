-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "selectionSettingsVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PlaceOffer" ADD COLUMN     "quotaId" TEXT;

-- CreateTable
CREATE TABLE "PlaceQuota" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "partnerInstitutionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "iscedCode" TEXT NOT NULL,
    "eqfLevels" INTEGER[],
    "places" INTEGER NOT NULL,
    "placesHeld" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlaceQuota_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlaceQuota_roundId_partnerInstitutionId_position_key" ON "PlaceQuota"("roundId", "partnerInstitutionId", "position");

-- AddForeignKey
ALTER TABLE "PlaceQuota" ADD CONSTRAINT "PlaceQuota_roundId_partnerInstitutionId_fkey" FOREIGN KEY ("roundId", "partnerInstitutionId") REFERENCES "RoundDestination"("roundId", "partnerInstitutionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceOffer" ADD CONSTRAINT "PlaceOffer_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "PlaceQuota"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A share's places held never exceed its places, even when two requests race.
ALTER TABLE "PlaceQuota" ADD CONSTRAINT "PlaceQuota_places_held" CHECK ("placesHeld" >= 0 AND "placesHeld" <= "places");
ALTER TABLE "PlaceQuota" ADD CONSTRAINT "PlaceQuota_places" CHECK ("places" >= 0);
