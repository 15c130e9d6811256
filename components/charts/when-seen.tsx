"use client";

import type { ReactNode } from "react";
import { useSeenOnce } from "@/components/hooks/use-seen-once";
import { ChartLoading } from "./chart-loading";

/** A chart below the fold: its frame holds the place until it is about to scroll into view. */
export function WhenSeen({ children }: { children: ReactNode }) {
  const [ref, seen] = useSeenOnce<HTMLDivElement>();
  if (seen) return children;
  return (
    <div ref={ref}>
      <ChartLoading />
    </div>
  );
}
