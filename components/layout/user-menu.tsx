"use client";

import { ChevronUp, LogOut, MonitorX, UserRound } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAndGo } from "./sign-out";

type UserMenuProps = { name: string; email: string; role: string; isOwner: boolean };

export function UserMenu({ name, email, role, isOwner }: UserMenuProps) {
  const display = name || email;
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={`Account menu for ${display}`}
          className="flex w-full items-center gap-3 rounded-lg p-2 text-left text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700">
            {display.slice(0, 1).toUpperCase()}
          </span>
          <span className="min-w-0 flex-1">
            <span className="block truncate font-medium">{display}</span>
            <span className="block truncate text-xs text-muted-foreground">{email}</span>
          </span>
          <ChevronUp className="size-4 text-muted-foreground" aria-hidden="true" />
        </DropdownMenuTrigger>
        <DropdownMenuContent side="top" align="start" className="w-64">
          <DropdownMenuLabel>
            <span className="block truncate font-medium">{name}</span>
            <span className="block truncate text-xs font-normal text-muted-foreground">{email}</span>
            <span className="mt-2 flex gap-1">
              <Badge variant="secondary" className="capitalize">
                {role}
              </Badge>
              {isOwner ? <Badge variant="outline">Owner</Badge> : null}
            </span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/account">
              <UserRound aria-hidden="true" />
              Your account
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void signOutAndGo("/login")}>
            <LogOut aria-hidden="true" />
            Sign out
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setConfirmEverywhere(true)}>
            <MonitorX aria-hidden="true" />
            Sign out everywhere…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirmEverywhere}
        onOpenChange={setConfirmEverywhere}
        title="Sign out everywhere?"
        description="Every browser and device signed in to your account is signed out, in every organization, including this one. Use this if you signed in on a computer you no longer use or think someone else has your session."
        confirmLabel="Sign out everywhere"
        onConfirm={() => signOutAndGo("/login", { everywhere: true })}
      />
    </>
  );
}
