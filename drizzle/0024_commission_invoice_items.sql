ALTER TABLE "procurement_commissions" ADD COLUMN "stripe_invoice_item_id" varchar(255);--> statement-breakpoint
ALTER TABLE "procurement_commissions" ADD COLUMN "billed_amount" numeric(12, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "procurement_commissions" ADD CONSTRAINT "procurement_commissions_stripe_invoice_item_id_unique" UNIQUE("stripe_invoice_item_id");