import { listActuators } from "@/lib/catalog/queries";
import { actuatorPageSchema } from "@/lib/catalog/response-schemas";
import { listActuatorsSchema } from "@/lib/catalog/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/actuators — the actuator catalog with filters (supplier, spray type, orifice, pressure, price, stock)
export const GET = withTenant(
  { permission: "configurations.read", query: listActuatorsSchema, transaction: true, response: actuatorPageSchema },
  async ({ tx, query }) => {
    return listActuators(tx, query);
  },
);
