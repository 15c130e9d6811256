import { Wind } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

export function Logo({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn(
        "inline-flex items-center gap-2 rounded-md font-semibold tracking-tight text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
    >
      <span className="flex size-7 items-center justify-center rounded-lg bg-primary text-primary-foreground">
        <Wind className="size-4" aria-hidden="true" />
      </span>
      AeroSpec
    </Link>
  );
}
