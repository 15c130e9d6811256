import { z } from "zod";

/** A keyset-paginated list as the API answers it (db/keyset.ts `paginate`), for the OpenAPI document. */
export function keysetPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }),
  });
}
