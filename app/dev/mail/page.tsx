import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Logo } from "@/components/layout/logo";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { canReadLocalMailbox } from "@/lib/email/local-mailbox";
import { listOutboxMessages } from "@/lib/email/outbox";
import { outboxRecipientSchema } from "@/lib/email/schemas";
import { MailMessage } from "./_components/mail-message";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };

type DevMailPageProps = { searchParams: Promise<{ to?: string | string[] }> };

export default async function DevMailPage({ searchParams }: DevMailPageProps) {
  if (!canReadLocalMailbox(await headers())) notFound();
  const { to: raw } = await searchParams;
  const recipient = outboxRecipientSchema.optional().safeParse(Array.isArray(raw) ? raw[0] : raw);
  const to = recipient.success ? recipient.data || undefined : undefined;
  const messages = recipient.success ? await listOutboxMessages({ to, limit: 100 }) : [];

  return (
    <div className="min-h-screen bg-surface">
      <header className="border-b border-border bg-background">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <div className="flex items-center gap-3">
            <Logo />
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">Local mailbox</span>
          </div>
          <form method="get" className="flex items-end gap-2" role="search">
            <div className="grid gap-1">
              <Label htmlFor="to" className="text-xs">
                Recipient
              </Label>
              <Input id="to" name="to" type="email" defaultValue={to ?? ""} placeholder="anyone" className="w-64" />
            </div>
            <Button type="submit" variant="outline">
              Filter
            </Button>
            {to ? (
              <Button asChild variant="ghost">
                <Link href="/dev/mail">Show all</Link>
              </Button>
            ) : null}
          </form>
        </div>
      </header>
      <main className="mx-auto grid max-w-4xl gap-4 px-4 py-8">
        <h1 className="text-2xl font-semibold tracking-tight">
          {messages.length} {messages.length === 1 ? "message" : "messages"}
          {to ? ` to ${to}` : ""}
        </h1>
        <p className="text-sm text-muted-foreground">
          Email that AeroSpec would send, newest first. This page exists only in local and test mode, for this machine.
        </p>
        {messages.length === 0 ? (
          <EmptyState icon={Inbox} title="No messages yet" description="Sign up, invite a member or reset a password, then reload." />
        ) : (
          messages.map((message) => <MailMessage key={message.id} message={message} />)
        )}
      </main>
    </div>
  );
}
