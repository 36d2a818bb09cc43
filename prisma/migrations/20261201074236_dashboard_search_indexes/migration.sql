-- Trigram matching for the dashboard's search by any part of an e-mail.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_studentNumber_prefix_idx" ON "User"("studentNumber" text_pattern_ops);

