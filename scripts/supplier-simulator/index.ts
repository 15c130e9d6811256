import { randomUUID } from "node:crypto";
import { CallbackSender } from "./callbacks";
import { createControlServer } from "./control-server";
import { costerApi, costerCallbackBody } from "./coster-api";
import { SupplierEndpoint } from "./endpoint";
import { close, listen, urlOf } from "./http-io";
import { spencerApi, spencerCallbackBody } from "./spencer-api";
import { SimulatorState } from "./state";
import type { SimulatedOrder, SimulatorControls, SupplierName, SupplierSimulator, SupplierSimulatorOptions } from "./types";

export type { CatalogEntry, Fault, SupplierSimulator, SupplierSimulatorOptions } from "./types";

const DEFAULT_RETRY_DELAYS_MS = [250, 1000, 5000];
const CALLBACK_BODY = { spencer: spencerCallbackBody, coster: costerCallbackBody } as const;

/**
 * Starts local stand-ins for the Spencer and Coster APIs (each on its own port, in its own
 * wire format) and a control API for tests. State is in memory.
 */
export async function startSupplierSimulator(options: SupplierSimulatorOptions): Promise<SupplierSimulator> {
  const host = options.host ?? "127.0.0.1";
  const apiKeys = { spencer: options.apiKeys?.spencer ?? "spencer_test_key", coster: options.apiKeys?.coster ?? "coster_test_key" };
  const sender = new CallbackSender(options.callbacks ?? {}, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS);
  const notify = (order: SimulatedOrder) => {
    const eventId = randomUUID();
    sender.send({
      supplier: order.supplier,
      eventId,
      orderId: order.id,
      status: order.status,
      body: CALLBACK_BODY[order.supplier](order, eventId),
    });
  };
  const state = new SimulatorState(options.catalog, notify, options.lifecycleStepMs ?? 0);
  const endpoints: Record<SupplierName, SupplierEndpoint> = {
    spencer: new SupplierEndpoint(spencerApi, state, apiKeys.spencer, host),
    coster: new SupplierEndpoint(costerApi, state, apiKeys.coster, host),
  };
  const controls: SimulatorControls = {
    setFault: (supplier, fault) => endpoints[supplier].setFault(fault),
    clearFault: (supplier) => endpoints[supplier].clearFault(),
    requests: (supplier) => endpoints[supplier].requests(),
    offer: (supplier, sku) => {
      const offer = state.ledger(supplier).offers.get(sku);
      return offer ? { ...offer } : null;
    },
    setOffer: (supplier, offer) => {
      const ledger = state.ledger(supplier);
      ledger.offers.set(offer.sku, { ...offer });
      ledger.offers = new Map([...ledger.offers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
    offers: (supplier) => [...state.ledger(supplier).offers.values()].map((offer) => ({ ...offer })),
    orders: (supplier) => [...state.ledger(supplier).orders.values()].map((order) => structuredClone(order)),
    advanceOrder: (supplier, orderId, to, reason) => structuredClone(state.advance(supplier, orderId, to, reason)),
    callbacks: () => sender.deliveries(),
    idle: () => sender.idle(),
    reset: async () => {
      for (const endpoint of Object.values(endpoints)) {
        await endpoint.clearFault();
        endpoint.resetLog();
      }
      sender.reset();
      state.reset();
    },
  };
  const control = createControlServer(controls);
  const stopAll = async () => {
    sender.reset();
    state.reset();
    await Promise.all([close(control), endpoints.spencer.close(), endpoints.coster.close()]);
  };
  let ports: Record<"control" | SupplierName, number>;
  try {
    ports = {
      control: await listen(control, options.ports?.control ?? 0, host),
      spencer: await endpoints.spencer.listen(options.ports?.spencer ?? 0),
      coster: await endpoints.coster.listen(options.ports?.coster ?? 0),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    ...controls,
    urls: { control: urlOf(host, ports.control), spencer: urlOf(host, ports.spencer), coster: urlOf(host, ports.coster) },
    apiKeys,
    close: stopAll,
  };
}
