import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "AeroSpec", template: "%s · AeroSpec" },
  description: "Choose spray actuators from physics-based predictions, live supplier quotes and lab feedback.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request headers renders every page per request, so Next stamps the
  // CSP nonce (set by proxy.ts) on its own scripts. The query client and toasts are the signed-in
  // and sign-in layouts' (Providers): the marketing pages ship no client code of their own.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen bg-background text-foreground antialiased">{children}</body>
    </html>
  );
}
