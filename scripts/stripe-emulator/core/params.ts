import type Stripe from "stripe";
import { invalidRequest, missingParam } from "./api-error";
import type { FormObject, FormValue } from "./form-body";

function isObject(value: FormValue | undefined): value is FormObject {
  return value !== undefined && typeof value === "object" && !Array.isArray(value);
}

/** Typed reads of decoded request parameters; invalid values become Stripe-style 400 errors. */
export class Params {
  constructor(
    readonly raw: FormObject,
    private readonly prefix = "",
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return this.raw[key] !== undefined;
  }

  string(key: string): string | undefined {
    const value = this.raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== "string") throw invalidRequest(`Invalid string: ${this.name(key)}`, this.name(key));
    return value;
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined || value === "") throw missingParam(this.name(key));
    return value;
  }

  int(key: string): number | undefined {
    const value = this.string(key);
    if (value === undefined || value === "") return undefined;
    if (!/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, this.name(key));
    return Number(value);
  }

  requiredInt(key: string): number {
    const value = this.int(key);
    if (value === undefined) throw missingParam(this.name(key));
    return value;
  }

  bool(key: string): boolean | undefined {
    const value = this.string(key);
    if (value === undefined || value === "") return undefined;
    if (value !== "true" && value !== "false") throw invalidRequest(`Invalid boolean: ${value}`, this.name(key));
    return value === "true";
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value === undefined || value === "") return undefined;
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${allowed.join(", ")}`, this.name(key));
    }
    return match;
  }

  nested(key: string): Params | undefined {
    const value = this.raw[key];
    if (value === undefined || value === "") return undefined;
    if (!isObject(value)) throw invalidRequest(`Invalid object: ${this.name(key)}`, this.name(key));
    return new Params(value, this.name(key));
  }

  /** An array of objects such as `line_items[0][price]`. */
  list(key: string): Params[] {
    const value = this.raw[key];
    if (value === undefined || value === "") return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, index) => {
      const name = `${this.name(key)}[${index}]`;
      if (!isObject(item)) throw invalidRequest(`Invalid object: ${name}`, name);
      return new Params(item, name);
    });
  }

  /** An array of strings such as `expand[]` or `lookup_keys[0]`. */
  strings(key: string): string[] {
    const value = this.raw[key];
    if (value === undefined || value === "") return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
      if (typeof item !== "string") throw invalidRequest(`Invalid array: ${this.name(key)}`, this.name(key));
      return item;
    });
  }

  /** Metadata on create: every non-empty string value. */
  metadata(key = "metadata"): Stripe.Metadata {
    return this.metadataUpdate(key)?.({}) ?? {};
  }

  /** Metadata on update: keys set to "" are removed, and `metadata=""` clears everything. */
  metadataUpdate(key = "metadata"): ((current: Stripe.Metadata) => Stripe.Metadata) | undefined {
    const value = this.raw[key];
    if (value === undefined) return undefined;
    if (value === "") return () => ({});
    if (!isObject(value)) throw invalidRequest(`Invalid object: ${this.name(key)}`, this.name(key));
    const patch = Object.entries(value).map(([k, v]) => {
      if (typeof v !== "string") throw invalidRequest(`Invalid string: ${this.name(key)}[${k}]`, `${this.name(key)}[${k}]`);
      return [k, v] as const;
    });
    return (current) => {
      const next: Stripe.Metadata = { ...current };
      for (const [k, v] of patch) {
        if (v === "") delete next[k];
        else next[k] = v;
      }
      return next;
    };
  }
}
