"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOutAndGo } from "./sign-out";

type SignOutButtonProps = { redirectTo?: string; label?: string; variant?: "default" | "outline" | "ghost" };

export function SignOutButton({ redirectTo = "/login", label = "Sign out", variant = "outline" }: SignOutButtonProps) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant={variant}
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOutAndGo(redirectTo).finally(() => setPending(false));
      }}
    >
      {label}
    </Button>
  );
}
