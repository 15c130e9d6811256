import { startStripeEmulator } from "./index";

// Runs the emulator on its own: `npx tsx scripts/stripe-emulator/main.ts`.
const emulator = await startStripeEmulator({
  port: Number(process.env.STRIPE_EMULATOR_PORT ?? 12111),
  webhookUrl: process.env.STRIPE_WEBHOOK_URL || undefined,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || undefined,
  publicUrl: process.env.STRIPE_EMULATOR_PUBLIC_URL || undefined,
});

console.log(`Stripe emulator listening on ${emulator.url}`);

function shutdown(): void {
  void emulator.close().then(() => process.exit(0));
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
