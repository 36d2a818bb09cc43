import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { poolConfigFromUrl } from "./pool-config";

export type Database = PrismaClient;

export function createDatabaseClient(url: string, poolSize?: number): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(poolConfigFromUrl(url, poolSize)),
    // A password hash must never reach a page by accident.
    omit: { user: { passwordHash: true } },
    // Under a burst (200 students submitting at once) a transaction queues
    // for a pooled connection; Prisma's 2 s default refused some of them.
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
}
