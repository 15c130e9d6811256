// Reads the physical properties of section 9 out of a safety data sheet's text (pure: the PDF is
// turned into text elsewhere). Each value keeps the line it came from, so a person can check it.

export type SdsField = "densityKgM3" | "viscosityCp" | "surfaceTensionMNm" | "flashPointC";

type SdsValue = {
  field: SdsField;
  /** In the fluid's units (kg/m³, cP, mN/m, °C); null when the sheet says the property does not apply or is not known. */
  value: number | null;
  /** The text of the sheet the value was read from. */
  source: string;
  /** What was assumed or converted on the way, for the person confirming it. */
  note: string | null;
};

export type SdsExtraction = {
  productName: string | null;
  /** False when no "Section 9 … physical and chemical properties" heading was found and the whole text was read. */
  section9Found: boolean;
  values: SdsValue[];
};

const NUMBER = String.raw`[-−–]?\d+(?:[.,]\d+)?`;
const NOT_GIVEN =
  /\b(not applicable|not available|not determined|not established|not relevant|no data|no information|n\.?\s?a\.?|n\/a|none)\b/i;
const SECTION_9 =
  /(?:^|\n)[^\S\n]*(?:section|abschnitt|rubrique)?[^\S\n]*9\s*[.:)–-]?\s*[:–-]?\s*physical\s+(?:and|&)\s+chemical\s+properties/i;
const SECTION_10 = /(?:^|\n)[^\S\n]*(?:section)?[^\S\n]*10\s*[.:)–-]?\s*[:–-]?\s*stability\s+and\s+reactivity/i;
const PRODUCT_NAME = /(?:product\s+name|trade\s+name|product\s+identifier)\s*[:.]?\s*([^\n]{2,120})/i;

/** "1,05" → 1.05 and "1,050" → 1050 (a comma before exactly three digits groups thousands unless the whole part is 0). */
export function parseSdsNumber(text: string): number | null {
  let t = text.replace(/[−–]/g, "-").trim();
  const comma = /^(-?)(\d+),(\d+)$/.exec(t);
  if (comma) t = comma[3]!.length === 3 && comma[2] !== "0" ? `${comma[1]}${comma[2]}${comma[3]}` : `${comma[1]}${comma[2]}.${comma[3]}`;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The few significant figures a sheet gives, without the float noise of a unit conversion. */
function round(n: number): number {
  return Number(n.toPrecision(4));
}

/** The section 9 text, or the whole text when the heading is not found. */
function section9Of(text: string): { body: string; found: boolean } {
  const start = SECTION_9.exec(text);
  if (!start) return { body: text, found: false };
  const rest = text.slice(start.index + start[0].length);
  const end = SECTION_10.exec(rest);
  return { body: end ? rest.slice(0, end.index) : rest, found: true };
}

type Line = { text: string; next: string };

/** The first line whose label matches (and the line after it, where tables put the value), skipping excluded labels. */
function findLines(lines: string[], label: RegExp, exclude?: RegExp): Line[] {
  const found: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!label.test(line) || exclude?.test(line)) continue;
    found.push({ text: line, next: lines[i + 1] ?? "" });
  }
  return found;
}

/** What follows the label on the line; the next line when the label stands alone. */
function valueText(line: Line, label: RegExp): { text: string; source: string } {
  const match = label.exec(line.text);
  const after = match ? line.text.slice(match.index + match[0].length) : line.text;
  if (/\d/.test(after) || NOT_GIVEN.test(after)) return { text: after, source: line.text.trim() };
  return { text: line.next, source: `${line.text.trim()} ${line.next.trim()}`.trim() };
}

type Reading = { value: number; unit: string; qualifier: string; rest: string };

const TEMPERATURE_AFTER = /^\s*(?:°|º|deg)\s*[cf]\b/i;

/**
 * The number that carries one of `units` ("1.05 g/cm3 at 20 °C" → 1.05 g/cm3), else the first one
 * that is not a temperature ("Relative density (20 °C): 0.87"); a range "0.86 - 0.88" gives its middle.
 */
function readNumber(text: string, units: RegExp): Reading | null {
  const pattern = new RegExp(`([<>≤≥~]|ca\\.?)?\\s*(${NUMBER})(?:\\s*(?:-|–|to)\\s*(${NUMBER}))?\\s*(${units.source})?`, "gi");
  const cleaned = text.replace(/\(\s*(?:water|air|h2o)\s*=\s*1\s*\)/gi, " ").replace(/,(?=\s)/g, " ");
  let plain: Reading | null = null;
  for (const m of cleaned.matchAll(pattern)) {
    const low = parseSdsNumber(m[2]!);
    if (low === null) continue;
    const high = m[3] ? parseSdsNumber(m[3]) : null;
    const value = high !== null && high > low ? (low + high) / 2 : low;
    const rest = cleaned.slice(m.index + m[0].length);
    const reading = { value, unit: (m[4] ?? "").toLowerCase(), qualifier: (m[1] ?? "").trim(), rest };
    if (reading.unit) return reading;
    if (!plain && !TEMPERATURE_AFTER.test(rest)) plain = reading;
  }
  return plain;
}

function notGiven(field: SdsField, text: string, source: string): SdsValue | null {
  return NOT_GIVEN.test(text) && !/\d/.test(text) ? { field, value: null, source, note: "The sheet gives no value" } : null;
}

function qualified(note: string | null, reading: Reading): string | null {
  if (!reading.qualifier) return note;
  const said = `The sheet gives a bound (${reading.qualifier} ${reading.value}), not a measured value`;
  return note ? `${note}. ${said}` : said;
}

const DENSITY_LABEL = /\b(relative\s+density|specific\s+gravity|density)\b/i;
const DENSITY_EXCLUDE = /vapou?r\s+density|bulk\s+density|relative\s+vapou?r/i;
const DENSITY_UNITS = /g\s*\/\s*cm\s*(?:3|³)|g\s*\/\s*cc|g\s*\/\s*ml|kg\s*\/\s*m\s*(?:3|³)|kg\s*\/\s*l|g\s*\/\s*l\b/;

function readDensity(lines: string[]): SdsValue | null {
  let fallback: SdsValue | null = null;
  for (const line of findLines(lines, DENSITY_LABEL, DENSITY_EXCLUDE)) {
    const { text, source } = valueText(line, DENSITY_LABEL);
    const reading = readNumber(text, DENSITY_UNITS);
    if (!reading) {
      fallback ??= notGiven("densityKgM3", text, source);
      continue;
    }
    const relative = /relative|specific\s+gravity/i.test(line.text) && !reading.unit;
    const unit = reading.unit.replace(/\s/g, "");
    let kgM3: number;
    let note: string | null = null;
    if (unit.startsWith("kg/m") || unit === "g/l") kgM3 = reading.value;
    else if (unit) kgM3 = reading.value * 1000;
    else if (relative) {
      kgM3 = reading.value * 1000;
      note = "Relative density × 1000 kg/m³ (water)";
    } else if (reading.value < 5) {
      kgM3 = reading.value * 1000;
      note = "No unit given: read as g/cm³";
    } else {
      kgM3 = reading.value;
      note = "No unit given: read as kg/m³";
    }
    return { field: "densityKgM3", value: round(kgM3), source, note: qualified(note, reading) };
  }
  return fallback;
}

const VISCOSITY_LABEL = /\bviscosity\b(?:\s*[,(]?\s*(?:kinematic|dynamic)\)?)?/i;
const VISCOSITY_UNITS =
  /mm\s*(?:2|²)\s*\/\s*s|cm\s*(?:2|²)\s*\/\s*s|m\s*(?:2|²)\s*\/\s*s|cst|mpa\s*[·.*⋅•\s]?\s*s|mpas|pa\s*[·.*⋅•\s]?\s*s|pas|cps?|centipoise|poise|st\b|p\b/;

type Viscosity = { cp: number; kinematic: boolean; note: string | null };

function toCentipoise(reading: Reading, kinematicLabel: boolean, densityKgM3: number | null): Viscosity | null {
  const unit = reading.unit.replace(/[\s·.*⋅•]/g, "");
  const dynamic: Record<string, number> = { mpas: 1, cp: 1, cps: 1, centipoise: 1, pas: 1000, poise: 100, p: 100 };
  const kinematic: Record<string, number> = {
    "mm2/s": 1,
    "mm²/s": 1,
    cst: 1,
    "cm2/s": 100,
    "cm²/s": 100,
    st: 100,
    "m2/s": 1e6,
    "m²/s": 1e6,
  };
  if (unit in dynamic) return { cp: reading.value * dynamic[unit]!, kinematic: false, note: null };
  const factor = kinematic[unit] ?? (kinematicLabel && !unit ? 1 : undefined);
  if (factor === undefined) return null;
  const centistokes = reading.value * factor;
  const density = densityKgM3 ?? 1000;
  const note =
    densityKgM3 === null
      ? `Kinematic ${round(centistokes)} mm²/s × an assumed density of 1000 kg/m³ (the sheet gives none)`
      : `Kinematic ${round(centistokes)} mm²/s × density ${densityKgM3} kg/m³`;
  return { cp: (centistokes * density) / 1000, kinematic: true, note: unit ? note : `No unit given: read as mm²/s. ${note}` };
}

/** A dynamic viscosity where the sheet gives one, else a kinematic one converted with the density. */
function readViscosity(lines: string[], densityKgM3: number | null): SdsValue | null {
  let best: SdsValue | null = null;
  let fallback: SdsValue | null = null;
  for (const line of findLines(lines, VISCOSITY_LABEL)) {
    const { text, source } = valueText(line, VISCOSITY_LABEL);
    const reading = readNumber(text, VISCOSITY_UNITS);
    if (!reading) {
      fallback ??= notGiven("viscosityCp", text, source);
      continue;
    }
    const converted = toCentipoise(reading, /kinematic/i.test(line.text), densityKgM3);
    if (!converted) continue;
    const at = /(?:at|@|bei)\s*(-?\d+(?:[.,]\d+)?)\s*°?\s*C\b/i.exec(reading.rest);
    const temperature = at ? `Measured at ${at[1]} °C` : null;
    const note = [converted.note, temperature].filter(Boolean).join(". ") || null;
    const value: SdsValue = { field: "viscosityCp", value: round(converted.cp), source, note: qualified(note, reading) };
    if (!converted.kinematic) return value;
    best ??= value;
  }
  return best ?? fallback;
}

const FLASH_LABEL = /\bflash\s*-?\s*point\b/i;
const TEMPERATURE_UNITS = /°\s*[cf]\b|º\s*[cf]\b|deg(?:rees)?\s*[cf]\b|[cf]\b/;

function readFlashPoint(lines: string[]): SdsValue | null {
  const [line] = findLines(lines, FLASH_LABEL);
  if (!line) return null;
  const { text, source } = valueText(line, FLASH_LABEL);
  const reading = readNumber(text, TEMPERATURE_UNITS);
  if (!reading) return notGiven("flashPointC", text, source);
  const fahrenheit = reading.unit.endsWith("f");
  const celsius = fahrenheit ? ((reading.value - 32) * 5) / 9 : reading.value;
  const cup = /closed\s+cup|open\s+cup|\b(?:c\.c\.|o\.c\.)/i.exec(source)?.[0] ?? null;
  const parts = [fahrenheit ? `Converted from ${reading.value} °F` : null, cup ? `Method: ${cup}` : null].filter(Boolean);
  return { field: "flashPointC", value: Math.round(celsius * 10) / 10, source, note: qualified(parts.join(". ") || null, reading) };
}

const TENSION_LABEL = /\bsurface\s+tension\b/i;
const TENSION_UNITS = /mn\s*\/\s*m|dynes?\s*\/\s*cm|n\s*\/\s*m/;

function readSurfaceTension(lines: string[]): SdsValue | null {
  const [line] = findLines(lines, TENSION_LABEL);
  if (!line) return null;
  const { text, source } = valueText(line, TENSION_LABEL);
  const reading = readNumber(text, TENSION_UNITS);
  if (!reading) return notGiven("surfaceTensionMNm", text, source);
  const unit = reading.unit.replace(/\s/g, "");
  const mNm = unit === "n/m" ? reading.value * 1000 : reading.value;
  return { field: "surfaceTensionMNm", value: round(mNm), source, note: qualified(unit ? null : "No unit given: read as mN/m", reading) };
}

/** Section 9's density, viscosity, surface tension and flash point, each with the text it came from. */
export function parseSds(text: string): SdsExtraction {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2009\u202f]/g, " ");
  const { body, found } = section9Of(normalised);
  const lines = body
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const density = readDensity(lines);
  const values = [density, readViscosity(lines, density?.value ?? null), readSurfaceTension(lines), readFlashPoint(lines)].filter(
    (v): v is SdsValue => v !== null,
  );
  const name = PRODUCT_NAME.exec(normalised)?.[1]?.trim() ?? null;
  return { productName: name && name.length > 0 ? name : null, section9Found: found, values };
}
