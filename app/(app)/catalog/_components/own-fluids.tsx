"use client";
import { Beaker } from "lucide-react";
import { toast } from "sonner";
import { formatNumber } from "@/components/format/numbers";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { type CustomFluid, useArchiveCustomFluid } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";
import { FluidDialog } from "./fluid-dialog";
import { FluidPropertyHeads } from "./fluid-property-heads";

function ArchiveFluid({ fluid }: { fluid: CustomFluid }) {
  const archive = useArchiveCustomFluid();
  return (
    <ConfirmDialog
      title={`Archive “${fluid.name}”?`}
      description="It leaves the fluid picker. Configurations that use it keep their values."
      confirmLabel="Archive fluid"
      onConfirm={() =>
        archive.mutateAsync(fluid.id).catch((error: unknown) => {
          toast.error("Could not archive the fluid", { description: errorMessage(error) });
          throw error;
        })
      }
      trigger={
        <Button variant="outline" size="sm" aria-label={`Archive ${fluid.name}`}>
          Archive
        </Button>
      }
    />
  );
}

type OwnFluidsProps = { fluids: CustomFluid[] | null; loading: boolean; canWrite: boolean };

/** The organization's own fluids, next to the library: added here, picked in configurations. */
export function OwnFluids({ fluids, loading, canWrite }: OwnFluidsProps) {
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <CardTitle>Your organization&apos;s fluids</CardTitle>
            <CardDescription>Fluids you measured yourselves, offered next to the library in every configuration.</CardDescription>
          </div>
          {canWrite ? <FluidDialog /> : null}
        </div>
      </CardHeader>
      <CardContent className="min-w-0">
        {loading ? <TableSkeleton columns={5} rows={2} label="Loading your fluids" /> : null}
        {fluids && fluids.length === 0 ? (
          <EmptyState
            icon={Beaker}
            title="No fluids of your own yet"
            description={canWrite ? "Add one with its measured properties." : "Admins and users of your organization can add them."}
          />
        ) : null}
        {fluids && fluids.length > 0 ? (
          <Table aria-label="Your organization's fluids">
            <TableHeader>
              <TableRow>
                <TableHead>Fluid</TableHead>
                <FluidPropertyHeads />
                {canWrite ? <TableHead className="text-right">Actions</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {fluids.map((f) => (
                <TableRow key={f.id}>
                  <TableCell className="font-medium">
                    {f.name}
                    {f.notes ? <span className="block text-xs font-normal text-muted-foreground">{f.notes}</span> : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.viscosityCp)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.densityKgM3)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.surfaceTensionMNm)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(f.flashPointC)}</TableCell>
                  {canWrite ? (
                    <TableCell className="text-right">
                      <span className="inline-flex gap-2">
                        <FluidDialog fluid={f} />
                        <ArchiveFluid fluid={f} />
                      </span>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
}
