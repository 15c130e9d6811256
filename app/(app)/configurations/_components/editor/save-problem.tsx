import { AlertTriangle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { ApiError, errorMessage } from "@/lib/http/client";

export type SaveProblemInfo = { message: string; planLimit: boolean };

export function toSaveProblem(error: unknown): SaveProblemInfo {
  return { message: errorMessage(error), planLimit: error instanceof ApiError && error.code === "plan_limit" };
}

/** Why the last save failed; a plan limit gets its own, louder notice. */
export function SaveProblem({ problem }: { problem: SaveProblemInfo }) {
  return (
    <Alert
      variant={problem.planLimit ? "warning" : "destructive"}
      role="alert"
      className={problem.planLimit ? "border-2 p-5 text-base" : undefined}
    >
      <AlertTriangle aria-hidden="true" />
      <div>
        {problem.planLimit ? (
          <p className="font-semibold">You have reached your plan&apos;s limit</p>
        ) : (
          <p className="font-semibold">The configuration was not saved</p>
        )}
        <p>{problem.message}</p>
      </div>
    </Alert>
  );
}
