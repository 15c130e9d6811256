-- The fluid library and the actuator catalog are global and read-only for the application;
-- seeding and the supplier sync write them outside tenant transactions.
REVOKE INSERT, UPDATE, DELETE ON fluids, actuators FROM aerospec_app;
