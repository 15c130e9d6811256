import { AlertCircle, RotateCw } from "lucide-react";
import { Button } from "./button";
import { cn } from "./cn";

type ErrorStateProps = { title?: string; message: string; onRetry?: () => void; retrying?: boolean; className?: string };

export function ErrorState({ title = "Could not load this", message, onRetry, retrying, className }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className={cn("flex flex-col items-center gap-2 rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center", className)}
    >
      <AlertCircle className="size-6 text-red-600" aria-hidden="true" />
      <p className="text-sm font-medium text-red-900">{title}</p>
      <p className="max-w-md text-sm text-red-800">{message}</p>
      {onRetry ? (
        <Button variant="outline" size="sm" className="mt-2" onClick={onRetry} loading={retrying}>
          {retrying ? null : <RotateCw aria-hidden="true" />}
          Try again
        </Button>
      ) : null}
    </div>
  );
}
