"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Toaster } from "sonner";
import { ApiError } from "@/lib/http/client";

function shouldRetry(failureCount: number, error: Error): boolean {
  // Client errors (403, 404, 422…) will not change on retry; server hiccups might.
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // networkMode "always": offline, a request fails at once with "Could not reach AeroSpec"
          // instead of waiting, paused and silent, for the connection to come back.
          queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false, networkMode: "always" },
          mutations: { retry: false, networkMode: "always" },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      {/* Bottom centre: page actions sit in the top-right header and row actions (Restore,
          Download PDF) at the right edge of their cards; neither is covered. */}
      <Toaster richColors closeButton position="bottom-center" />
    </QueryClientProvider>
  );
}
