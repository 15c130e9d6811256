import { withServiceToken } from "@/lib/http/route";
import { trainingDataQuerySchema } from "@/lib/ml/schemas";
import { formatTrainingData, readTrainingData } from "@/lib/ml/training-data";

export const dynamic = "force-dynamic";

const MEDIA_TYPES = { jsonl: "application/x-ndjson; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

const PRODUCES = {
  mediaTypes: ["application/x-ndjson", "text/csv"],
  description:
    'One page of records, oldest first: JSON lines (one object per line) or CSV with a header row (`format=csv`). The next page\'s cursor is in `X-Next-Cursor` and `Link: <…>; rel="next"`; the last page has neither. docs/ml.md describes each field.',
};

// GET /api/ml/training-data — pseudonymised lab results of the organizations that share them, a page at a time (service token)
export const GET = withServiceToken(
  { scope: "ml.training_data.read", query: trainingDataQuerySchema, produces: PRODUCES },
  async ({ req, query }) => {
    const page = await readTrainingData(query);
    const headers = new Headers({ "content-type": MEDIA_TYPES[query.format], "x-record-count": String(page.items.length) });
    if (page.nextCursor) {
      headers.set("x-next-cursor", page.nextCursor);
      const next = new URLSearchParams({ format: query.format, limit: String(query.limit), cursor: page.nextCursor });
      headers.set("link", `<${req.nextUrl.pathname}?${next}>; rel="next"`);
    }
    return new Response(formatTrainingData(page.items, query.format), { headers });
  },
);
