"use client";

import { Wallet } from "lucide-react";
import { useCreditBalance } from "@/lib/billing/hooks";
import { formatMoney } from "@/lib/billing/money";
import { errorMessage } from "@/lib/http/client";

/** The account's balance at Stripe: credit from a downgrade's unused time comes off the next invoices. */
export function CreditBalance() {
  const balance = useCreditBalance();
  if (balance.isPending) {
    return (
      <p className="text-muted-foreground" aria-live="polite">
        Checking your account balance…
      </p>
    );
  }
  if (balance.isError) {
    return (
      <p role="alert" className="text-destructive">
        Could not read your account balance: {errorMessage(balance.error)}{" "}
        <button type="button" className="font-medium underline underline-offset-4" onClick={() => void balance.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  const { creditCents, debitCents, currency } = balance.data;
  return (
    <p className="flex items-start gap-2" data-testid="credit-balance">
      <Wallet className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      {creditCents > 0 ? (
        <span>
          <span className="font-semibold">Account credit: {formatMoney(creditCents, currency)}.</span>{" "}
          <span className="text-muted-foreground">It comes off your next invoices before your card is charged.</span>
        </span>
      ) : debitCents > 0 ? (
        <span>
          <span className="font-semibold">Balance owed: {formatMoney(debitCents, currency)}.</span>{" "}
          <span className="text-muted-foreground">It is added to your next invoice.</span>
        </span>
      ) : (
        <span className="text-muted-foreground">No account credit.</span>
      )}
    </p>
  );
}
