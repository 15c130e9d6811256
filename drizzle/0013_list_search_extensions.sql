-- Search by any part of a name (ILIKE '%…%') through trigram GIN indexes, with the tenant id
-- as the GIN index's first column (btree_gin) so other tenants' rows are never read.
-- Both extensions ship with PostgreSQL's contrib (and with embedded-postgres).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;
