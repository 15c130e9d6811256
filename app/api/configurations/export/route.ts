import { exportConfigurationsCsv } from "@/lib/configurations/export";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/configurations/export — every active configuration as CSV (counts against exports per day)
export const GET = withTenant(
  {
    permission: "data.export",
    produces: { mediaTypes: ["text/csv"], description: "Every active configuration as CSV (UTF-8 with a byte order mark; an attachment)" },
  },
  async ({ actor, meta }) => {
    const { csv } = await exportConfigurationsCsv({ actor, meta });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="aerospec-configurations-${day}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
