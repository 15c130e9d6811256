CREATE TYPE "public"."order_type" AS ENUM('sample', 'pilot', 'production');--> statement-breakpoint
CREATE TYPE "public"."procurement_payment_status" AS ENUM('unpaid', 'pending', 'authorized', 'paid', 'released', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."procurement_status" AS ENUM('draft', 'pending_approval', 'approved', 'submitted', 'confirmed', 'shipped', 'delivered', 'received', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "procurement_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"procurement_id" uuid NOT NULL,
	"from_status" "procurement_status",
	"to_status" "procurement_status" NOT NULL,
	"source" varchar(20) NOT NULL,
	"actor_user_id" uuid,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "procurement_line_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"procurement_id" uuid NOT NULL,
	"actuator_sku" varchar(64) NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" numeric(10, 2) NOT NULL,
	"supplier" "supplier" NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_line_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "procurement_line_items_sku_key" UNIQUE("tenant_id","procurement_id","actuator_sku")
);
--> statement-breakpoint
CREATE TABLE "procurements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"configuration_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"status" "procurement_status" DEFAULT 'draft' NOT NULL,
	"order_type" "order_type" DEFAULT 'sample' NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"currency" varchar(3) DEFAULT 'USD' NOT NULL,
	"subtotal" numeric(12, 2) DEFAULT '0' NOT NULL,
	"tax" numeric(12, 2) DEFAULT '0' NOT NULL,
	"discount_pct" numeric(5, 2) DEFAULT '0' NOT NULL,
	"discount" numeric(12, 2) DEFAULT '0' NOT NULL,
	"shipping" numeric(12, 2) DEFAULT '0' NOT NULL,
	"total" numeric(12, 2) DEFAULT '0' NOT NULL,
	"suppliers_quoted" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quoted_at" timestamp with time zone,
	"quotes_expire_at" timestamp with time zone,
	"selected_supplier" "supplier",
	"supplier_order_id" varchar(255),
	"ship_to_address" jsonb,
	"expected_delivery_date" date,
	"carrier" varchar(100),
	"tracking_number" varchar(255),
	"payment_status" "procurement_payment_status" DEFAULT 'unpaid' NOT NULL,
	"payment_id" uuid,
	"stripe_payment_intent_id" varchar(255),
	"paid_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"received_at" timestamp with time zone,
	"received_by_user_id" uuid,
	"failure_reason" text,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "procurements_supplier_order_key" UNIQUE("selected_supplier","supplier_order_id")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "procurement_approval_threshold" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "procurement_events" ADD CONSTRAINT "procurement_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_events" ADD CONSTRAINT "procurement_events_procurement_fk" FOREIGN KEY ("tenant_id","procurement_id") REFERENCES "public"."procurements"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_line_items" ADD CONSTRAINT "procurement_line_items_procurement_fk" FOREIGN KEY ("tenant_id","procurement_id") REFERENCES "public"."procurements"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_received_by_user_id_users_id_fk" FOREIGN KEY ("received_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_configuration_fk" FOREIGN KEY ("tenant_id","configuration_id") REFERENCES "public"."configurations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procurement_events_timeline_idx" ON "procurement_events" USING btree ("tenant_id","procurement_id","created_at");--> statement-breakpoint
CREATE INDEX "procurements_tenant_created_idx" ON "procurements" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "procurements_tenant_status_created_idx" ON "procurements" USING btree ("tenant_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "procurements_configuration_idx" ON "procurements" USING btree ("tenant_id","configuration_id");