import { Compass } from "lucide-react";
import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col bg-surface">
      <header className="px-6 py-5">
        <Logo />
      </header>
      <main className="flex flex-1 flex-col items-center justify-center gap-4 px-4 pb-24 text-center">
        <span className="flex size-14 items-center justify-center rounded-full bg-primary/10">
          <Compass className="size-7 text-primary" aria-hidden="true" />
        </span>
        <h1 className="text-2xl font-semibold tracking-tight">We couldn&apos;t find that page</h1>
        <p className="max-w-md text-muted-foreground">The link may be old, or the page may have moved. Check the address, or head back.</p>
        <div className="flex gap-3">
          <Button asChild>
            <Link href="/app">Go to your dashboard</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/">AeroSpec home</Link>
          </Button>
        </div>
      </main>
    </div>
  );
}
