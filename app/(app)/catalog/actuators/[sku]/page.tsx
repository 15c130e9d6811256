import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SPRAY_TYPE_LABELS, SUPPLIER_LABELS } from "@/components/format/catalog";
import { formatDateTime } from "@/components/format/dates";
import { formatNumber, formatUsd } from "@/components/format/numbers";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getActuatorBySku } from "@/lib/catalog/queries";
import { SUPPLIERS } from "@/lib/prediction/schemas";
import { ActuatorCurve } from "./_components/actuator-curve";

type ActuatorPageProps = { params: Promise<{ sku: string }> };

export async function generateMetadata({ params }: ActuatorPageProps): Promise<Metadata> {
  return { title: decodeURIComponent((await params).sku) };
}

export default async function ActuatorPage({ params }: ActuatorPageProps) {
  const sku = decodeURIComponent((await params).sku);
  const actuator = sku.length <= 64 ? await getActuatorBySku(sku) : null;
  if (!actuator) notFound();

  const facts: [string, string][] = [
    ["Supplier", SUPPLIER_LABELS[actuator.supplier]],
    ["Spray type", SPRAY_TYPE_LABELS[actuator.sprayType]],
    ["Orifice diameter", `${formatNumber(actuator.orificeDiameterMm)} mm`],
    ["Reference flow (water)", `${formatNumber(actuator.refFlowMlMin)} ml/min at ${formatNumber(actuator.refPressureBar)} bar`],
    ["Flow exponent", actuator.flowExponent === null ? "catalog default for the spray type" : formatNumber(actuator.flowExponent)],
    ["Nominal cone angle", `${formatNumber(actuator.nominalConeDeg)}°`],
    ["Rated to", `${formatNumber(actuator.maxPressureBar)} bar`],
    ["Vendor droplet size (SMD)", actuator.vendorSmdUm === null ? "not published" : `${formatNumber(actuator.vendorSmdUm)} µm`],
    ["Rosin–Rammler spread q", actuator.rosinRammlerQ === null ? "3 (default)" : formatNumber(actuator.rosinRammlerQ)],
    ["Materials", actuator.materials.length > 0 ? actuator.materials.join(", ") : "—"],
  ];
  // Prices are pulled every 4 hours: older than two pulls means the supplier's syncs are failing.
  const isStale = (synced: Date) => Date.now() - synced.getTime() > 8 * 3_600_000;
  const offers = SUPPLIERS.map((supplier) => ({
    supplier,
    price: supplier === "spencer" ? actuator.spencerPriceUsd : actuator.costerPriceUsd,
    stock: supplier === "spencer" ? actuator.spencerStockUnits : actuator.costerStockUnits,
    lead: supplier === "spencer" ? actuator.spencerLeadDays : actuator.costerLeadDays,
    synced: supplier === "spencer" ? actuator.spencerLastSynced : actuator.costerLastSynced,
  }));

  return (
    <>
      <PageHeader
        title={actuator.sku}
        description={
          <>
            {SPRAY_TYPE_LABELS[actuator.sprayType]} from {SUPPLIER_LABELS[actuator.supplier]} ·{" "}
            <Link href="/catalog" className="text-primary hover:underline">
              Back to the catalog
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Datasheet</CardTitle>
            <CardDescription>What the catalog says about this actuator; predictions start from these figures.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-2 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
              {facts.map(([term, value]) => (
                <div key={term} className="contents">
                  <dt className="text-muted-foreground">{term}</dt>
                  <dd className="font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>From each supplier</CardTitle>
            <CardDescription>Price, stock and lead time as last synced; a supplier that does not carry it shows dashes.</CardDescription>
          </CardHeader>
          <CardContent className="min-w-0">
            <Table aria-label="Supplier offers">
              <TableHeader>
                <TableRow>
                  <TableHead>Supplier</TableHead>
                  <TableHead className="text-right">Price</TableHead>
                  <TableHead className="text-right">Stock</TableHead>
                  <TableHead className="text-right">Lead time</TableHead>
                  <TableHead>Last synced</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {offers.map((offer) => (
                  <TableRow key={offer.supplier}>
                    <TableCell className="font-medium">{SUPPLIER_LABELS[offer.supplier]}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatUsd(offer.price)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {offer.stock === null ? "—" : offer.stock.toLocaleString("en-US")}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{offer.lead === null ? "—" : `${offer.lead} days`}</TableCell>
                    <TableCell className="text-muted-foreground">
                      {formatDateTime(offer.synced)}
                      {offer.synced && isStale(offer.synced) ? (
                        <Badge
                          variant="warning"
                          className="ml-2"
                          title="The last syncs of this supplier failed: these figures may be out of date"
                        >
                          Stale
                        </Badge>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </div>
      <div className="mt-6">
        <ActuatorCurve
          actuator={{
            sku: actuator.sku,
            supplier: actuator.supplier,
            sprayType: actuator.sprayType,
            orificeDiameterMm: actuator.orificeDiameterMm,
            refFlowMlMin: actuator.refFlowMlMin,
            refPressureBar: actuator.refPressureBar,
            flowExponent: actuator.flowExponent,
            nominalConeDeg: actuator.nominalConeDeg,
            maxPressureBar: actuator.maxPressureBar,
            vendorSmdUm: actuator.vendorSmdUm,
            rosinRammlerQ: actuator.rosinRammlerQ,
          }}
        />
      </div>
    </>
  );
}
