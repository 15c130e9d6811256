CREATE TABLE "outbox" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"topic" varchar(100) NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone,
	CONSTRAINT "outbox_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "supplier_events" (
	"supplier" varchar(20) NOT NULL,
	"event_id" varchar(255) NOT NULL,
	"order_id" varchar(255) NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_events_supplier_event_id_pk" PRIMARY KEY("supplier","event_id")
);
--> statement-breakpoint
ALTER TABLE "procurements" ADD COLUMN "capture_at" varchar(20);--> statement-breakpoint
ALTER TABLE "procurements" ADD COLUMN "amount_captured" numeric(12, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "procurements" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "procurements" ADD COLUMN "received_quantity" jsonb;--> statement-breakpoint
ALTER TABLE "procurements" ADD COLUMN "receipt_note" text;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("created_at") WHERE "outbox"."dispatched_at" is null;--> statement-breakpoint
-- A tenant's outbox rows are its own; the relay (system role) reads and marks every tenant's.
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON outbox USING (tenant_id = app_current_tenant());
--> statement-breakpoint
REVOKE UPDATE, DELETE ON outbox FROM aerospec_app;
--> statement-breakpoint
-- Supplier callbacks are applied by the system role only; the ledger is not tenant data.
REVOKE ALL ON supplier_events FROM aerospec_app;
