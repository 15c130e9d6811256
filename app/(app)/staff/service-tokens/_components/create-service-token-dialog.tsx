"use client";

import { Plus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SecretField } from "@/components/ui/secret-field";
import { Select } from "@/components/ui/select";
import { errorMessage } from "@/lib/http/client";
import { type CreatedServiceToken, useCreateServiceToken } from "@/lib/ml/hooks";
import { SERVICE_TOKEN_SCOPE_LABELS, SERVICE_TOKEN_SCOPES, type ServiceTokenScope } from "@/lib/ml/schemas";

const EXPIRY = [
  { value: "never", label: "Never" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
] as const;
const DAY_MS = 86_400_000;

function TokenSecret({ created, onDone }: { created: CreatedServiceToken; onDone: () => void }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Copy the new token</DialogTitle>
        <DialogDescription>“{created.token.name}” is ready.</DialogDescription>
      </DialogHeader>
      <div className="grid gap-4">
        <Alert variant="warning" role="status">
          <p>
            This is the only time the token is shown. Put it in the service&apos;s secrets now; if it is lost, revoke it and create another.
          </p>
        </Alert>
        <SecretField id="service-token-secret" label="Service token" value={created.secret} copyLabel="Copy the token" />
        <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">
          <code>{`curl -H "Authorization: Bearer ${created.token.prefix}…" \\\n  "/api/ml/training-data?format=csv"`}</code>
        </pre>
      </div>
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </>
  );
}

/** Name, scopes and expiry; then the token, shown this once. */
export function CreateServiceTokenDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ServiceTokenScope[]>([...SERVICE_TOKEN_SCOPES]);
  const [expiry, setExpiry] = useState<(typeof EXPIRY)[number]["value"]>("365");
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedServiceToken | null>(null);
  const create = useCreateServiceToken();

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setName("");
      setScopes([...SERVICE_TOKEN_SCOPES]);
      setExpiry("365");
      setProblem(null);
      setCreated(null);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) return setProblem("Name the token after the service that uses it.");
    if (scopes.length === 0) return setProblem("Choose at least one scope.");
    const expiresAt = expiry === "never" ? null : new Date(Date.now() + Number(expiry) * DAY_MS).toISOString();
    try {
      setCreated(await create.mutateAsync({ name: name.trim(), scopes, expiresAt }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Create service token
        </Button>
      </DialogTrigger>
      <DialogContent>
        {created ? (
          <TokenSecret created={created} onDone={() => onOpenChange(false)} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Create a service token</DialogTitle>
              <DialogDescription>For one of AeroSpec&apos;s own services. You see it once, right after this.</DialogDescription>
            </DialogHeader>
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4">
              {problem ? (
                <Alert variant="destructive" role="alert">
                  <p>{problem}</p>
                </Alert>
              ) : null}
              <FormField id="service-token-name" label="Name" hint="The service that uses it, such as “Model retraining”.">
                <Input id="service-token-name" autoComplete="off" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
              </FormField>
              <fieldset className="grid gap-2">
                <legend className="mb-1 text-sm font-medium">Scopes</legend>
                {SERVICE_TOKEN_SCOPES.map((scope) => (
                  <label key={scope} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 shrink-0 rounded border-input accent-primary"
                      checked={scopes.includes(scope)}
                      onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
                    />
                    <span>
                      <span className="font-mono text-xs">{scope}</span>
                      <span className="block text-muted-foreground">{SERVICE_TOKEN_SCOPE_LABELS[scope]}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <FormField id="service-token-expiry" label="Expires">
                <Select id="service-token-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value as typeof expiry)}>
                  {EXPIRY.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </FormField>
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                  Cancel
                </Button>
                <Button type="submit" loading={create.isPending}>
                  Create token
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
