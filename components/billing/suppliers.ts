import { SUPPLIER_LABELS } from "@/components/format/catalog";

/** Commissions store the supplier as text; show the catalog's name for the ones we know. */
export function formatSupplier(supplier: string): string {
  const labels: Partial<Record<string, string>> = SUPPLIER_LABELS;
  return labels[supplier] ?? supplier.charAt(0).toUpperCase() + supplier.slice(1);
}
