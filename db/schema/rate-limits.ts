import { integer, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

/** Global: counters for rate-limiter-flexible, shared by every web process. */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
