import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getMigrationStatus } from "@/db/migrate";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/health — database reachable and every migration applied (503 otherwise)
export const GET = withPublic({}, async () => {
  try {
    const db = getDb();
    await db.execute(sql`select 1`);
    const migrations = await getMigrationStatus(db);
    const current = migrations.applied >= migrations.expected;
    return Response.json(
      { status: current ? "ok" : "degraded", database: "ok", migrations: { ...migrations, current } },
      { status: current ? 200 : 503 },
    );
  } catch {
    return Response.json({ status: "down", database: "unreachable" }, { status: 503 });
  }
});
