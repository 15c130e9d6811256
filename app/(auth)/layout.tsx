import type { ReactNode } from "react";
import { Logo } from "@/components/layout/logo";
import { Providers } from "@/components/providers/providers";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <div className="flex min-h-screen flex-col bg-surface">
        <header className="px-6 py-5">
          <Logo />
        </header>
        <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:pt-12">
          <div className="w-full max-w-md">{children}</div>
        </main>
      </div>
    </Providers>
  );
}
