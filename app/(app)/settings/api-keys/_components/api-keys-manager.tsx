"use client";

import type { ApiKeyScope } from "@/lib/api-keys/schemas";
import type { ApiCallAllowance } from "@/lib/api-keys/service";
import { formatLimit, UNLIMITED } from "@/lib/billing/plans";
import { ApiKeysCard } from "./api-keys-card";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

type ApiKeysManagerProps = { scopes: ApiKeyScope[]; allowance: ApiCallAllowance };

function Allowance({ allowance }: { allowance: ApiCallAllowance }) {
  const { used, allowed, planName, perMinute } = allowance;
  const calls =
    allowed === UNLIMITED
      ? `${used.toLocaleString("en-US")} API calls this month · unlimited on ${planName}`
      : `${used.toLocaleString("en-US")} of ${formatLimit(allowed)} API calls used this month (${planName})`;
  return (
    <div className="grid gap-0.5 text-sm">
      <p className="font-medium">{calls}</p>
      <p className="text-muted-foreground">
        {allowed === 0
          ? `${planName} includes no API calls: upgrade in Settings → Billing to use these keys.`
          : `Counted from the 1st of the month (UTC). Each key may make ${perMinute} requests a minute.`}
      </p>
    </div>
  );
}

export function ApiKeysManager({ scopes, allowance }: ApiKeysManagerProps) {
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Allowance allowance={allowance} />
        <CreateApiKeyDialog scopes={scopes} />
      </div>
      <ApiKeysCard />
    </div>
  );
}
