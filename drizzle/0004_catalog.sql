CREATE TYPE "public"."spray_type" AS ENUM('hollow_cone', 'full_cone', 'flat_fan', 'fine_mist', 'solid_stream');--> statement-breakpoint
CREATE TYPE "public"."supplier" AS ENUM('spencer', 'coster');--> statement-breakpoint
CREATE TABLE "actuators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sku" varchar(64) NOT NULL,
	"supplier" "supplier" NOT NULL,
	"spray_type" "spray_type" NOT NULL,
	"orifice_diameter_mm" double precision NOT NULL,
	"ref_flow_ml_min" double precision NOT NULL,
	"ref_pressure_bar" double precision NOT NULL,
	"flow_exponent" double precision,
	"nominal_cone_deg" double precision NOT NULL,
	"max_pressure_bar" double precision NOT NULL,
	"vendor_smd_um" double precision,
	"rosin_rammler_q" double precision,
	"materials" text[] DEFAULT '{}'::text[] NOT NULL,
	"spencer_price_usd" numeric(10, 2),
	"spencer_stock_units" integer,
	"spencer_lead_days" integer,
	"spencer_last_synced" timestamp with time zone,
	"coster_price_usd" numeric(10, 2),
	"coster_stock_units" integer,
	"coster_lead_days" integer,
	"coster_last_synced" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actuators_sku_unique" UNIQUE("sku")
);
--> statement-breakpoint
CREATE TABLE "fluids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" varchar(100) NOT NULL,
	"name" varchar(200) NOT NULL,
	"category" varchar(50) NOT NULL,
	"viscosity_cp" double precision NOT NULL,
	"density_kg_m3" double precision NOT NULL,
	"surface_tension_mn_m" double precision NOT NULL,
	"flash_point_c" double precision,
	"temperature_c" double precision NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fluids_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE INDEX "actuators_supplier_type_idx" ON "actuators" USING btree ("supplier","spray_type","sku");--> statement-breakpoint
CREATE INDEX "actuators_orifice_idx" ON "actuators" USING btree ("orifice_diameter_mm");--> statement-breakpoint
CREATE INDEX "fluids_category_idx" ON "fluids" USING btree ("category","name");