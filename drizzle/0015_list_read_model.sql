-- Backfill: the count of ranked actuators, written with compatible_actuators from now on. Run
-- as the system role: the table forces row-level security, even on its owner.
SET LOCAL ROLE aerospec_system;
--> statement-breakpoint
UPDATE configurations SET actuator_count = jsonb_array_length(compatible_actuators)
  WHERE actuator_count <> jsonb_array_length(compatible_actuators);
--> statement-breakpoint
SET LOCAL ROLE NONE;
--> statement-breakpoint
-- configuration_summaries (see db/schema/configurations.ts) filters on the tenant in context
-- itself and belongs to the system role, so row-level security, which keeps every
-- non-leakproof condition (ILIKE, lower(), @>, enum =) away from the indexes, does not apply
-- to reads through it. Taking ownership needs CREATE on the schema for a moment.
GRANT CREATE ON SCHEMA public TO aerospec_system;
--> statement-breakpoint
ALTER VIEW configuration_summaries OWNER TO aerospec_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM aerospec_system;
--> statement-breakpoint
-- The application only reads it: writes go to the table, under its policy.
REVOKE ALL ON configuration_summaries FROM PUBLIC, aerospec_app;
--> statement-breakpoint
GRANT SELECT ON configuration_summaries TO aerospec_app;
