import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasApiAccess } from "@/lib/api-keys/access";
import { API_KEY_SCOPES } from "@/lib/api-keys/schemas";
import { getApiCallAllowance } from "@/lib/api-keys/service";
import { auth } from "@/lib/auth/auth";
import { allows } from "@/lib/rbac/permissions";
import { ApiKeysManager } from "./_components/api-keys-manager";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  if (!hasApiAccess(actor)) {
    return (
      <>
        <PageHeader title="API keys" description="Keys let your other systems call the AeroSpec API." />
        <Card>
          <CardContent className="pt-6">
            <EmptyState
              icon={KeyRound}
              title="API access is not available to you"
              description={
                actor.role === "viewer"
                  ? "Viewers cannot use the API. Ask an admin for a role that can."
                  : "Your organization's plan does not include API access for users. An admin can create keys, or upgrade in Settings → Billing."
              }
            />
          </CardContent>
        </Card>
      </>
    );
  }
  const allowance = await getApiCallAllowance(actor);
  const seesAll = allows(actor, "api_keys.manage");

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          seesAll
            ? "Keys your systems call the AeroSpec API with. Each acts as the member who created it, within its scopes. You see every key of the organization."
            : "Keys your systems call the AeroSpec API with. Each acts as you, within its scopes."
        }
      />
      <ApiKeysManager scopes={API_KEY_SCOPES.filter((scope) => allows(actor, scope))} allowance={allowance} />
    </>
  );
}
