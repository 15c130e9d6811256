import { formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OutboxMessage } from "@/lib/email/outbox";
import { LinkifiedText } from "./linkified-text";

const STATUS_VARIANT = { pending: "warning", sent: "success", failed: "destructive" } as const;

export function MailMessage({ message }: { message: OutboxMessage }) {
  return (
    <Card>
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="secondary">{message.kind}</Badge>
          <Badge variant={STATUS_VARIANT[message.status]}>{message.status}</Badge>
          <time dateTime={message.createdAt.toISOString()} className="ml-auto text-xs text-muted-foreground">
            {formatDateTime(message.createdAt)}
          </time>
        </div>
        <CardTitle as="h2">{message.subject}</CardTitle>
        <CardDescription>
          To <span className="font-medium text-foreground">{message.toAddress}</span>
        </CardDescription>
      </CardHeader>
      <CardContent>
        <LinkifiedText text={message.text} />
      </CardContent>
    </Card>
  );
}
