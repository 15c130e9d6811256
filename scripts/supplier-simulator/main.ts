import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { startSupplierSimulator } from "./index";

// Runs the simulator on its own: `npx tsx scripts/supplier-simulator/main.ts`, with the
// catalog `npm start` seeds (200 generated SKUs, seed 2026). Ports: SUPPLIER_SIMULATOR_PORT
// for the controls, the next two for Spencer and Coster.
const base = Number(process.env.SUPPLIER_SIMULATOR_PORT ?? 12112);
const callback = (supplier: "spencer" | "coster", secret: string | undefined) =>
  process.env.SUPPLIER_CALLBACK_URL && secret
    ? { url: `${process.env.SUPPLIER_CALLBACK_URL.replace(/\/+$/, "")}/${supplier}`, secret }
    : undefined;
const simulator = await startSupplierSimulator({
  catalog: generateCatalog(200, 2026),
  ports: { control: base, spencer: base && base + 1, coster: base && base + 2 },
  apiKeys: { spencer: process.env.SPENCER_API_KEY || undefined, coster: process.env.COSTER_API_KEY || undefined },
  callbacks: {
    spencer: callback("spencer", process.env.SPENCER_CALLBACK_SECRET),
    coster: callback("coster", process.env.COSTER_CALLBACK_SECRET),
  },
  lifecycleStepMs: Number(process.env.SUPPLIER_SIMULATOR_STEP_SECONDS ?? 30) * 1000,
});

console.log(
  `Supplier simulator: Spencer ${simulator.urls.spencer}, Coster ${simulator.urls.coster}, controls ${simulator.urls.control}/_simulator`,
);

function shutdown(): void {
  void simulator.close().then(() => process.exit(0));
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
