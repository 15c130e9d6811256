import { TableHead } from "@/components/ui/table";

/** The four property columns every fluid table shows, with their units. */
export function FluidPropertyHeads() {
  return (
    <>
      <TableHead className="text-right">
        Viscosity <span className="normal-case">(cP)</span>
      </TableHead>
      <TableHead className="text-right">
        Density <span className="normal-case">(kg/m³)</span>
      </TableHead>
      <TableHead className="text-right">
        Surface tension <span className="normal-case">(mN/m)</span>
      </TableHead>
      <TableHead className="text-right">
        Flash point <span className="normal-case">(°C)</span>
      </TableHead>
    </>
  );
}
