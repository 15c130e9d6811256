import { MailX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function InvitationProblem({ message }: { message: string }) {
  return (
    <Card>
      <CardHeader className="items-center text-center">
        <span className="mb-2 flex size-12 items-center justify-center rounded-full bg-muted">
          <MailX className="size-6 text-muted-foreground" aria-hidden="true" />
        </span>
        <CardTitle as="h1" className="text-xl">
          This invitation can&apos;t be used
        </CardTitle>
        <CardDescription role="alert">{message}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap justify-center gap-3">
        <Button asChild variant="outline">
          <Link href="/login">Sign in</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/">AeroSpec home</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
