/** A request parameter after decoding Stripe's bracket notation. */
export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

function decode(text: string): string {
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** `line_items[0][price]` → ["line_items", "0", "price"]; `expand[]` → ["expand", ""]. */
function keyPath(key: string): string[] {
  const open = key.indexOf("[");
  if (open < 0) return [key];
  const path = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) path.push(match[1] ?? "");
  return path;
}

function assign(root: FormObject, path: string[], value: string): void {
  let node = root;
  path.forEach((segment, index) => {
    const key = segment === "" ? String(Object.keys(node).length) : segment;
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const child = node[key];
    const next: FormObject = child !== undefined && typeof child === "object" && !Array.isArray(child) ? child : {};
    node[key] = next;
    node = next;
  });
}

/** Objects whose keys are all indexes become arrays, ordered by index. */
function arrayify(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = arrayify(value[key] ?? "");
  if (keys.length === 0 || !keys.every((k) => /^\d+$/.test(k))) return converted;
  return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k] ?? "");
}

/** Parses an `application/x-www-form-urlencoded` body or query string into nested objects and arrays. */
export function parseForm(encoded: string): FormObject {
  const root: FormObject = {};
  for (const pair of encoded.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    assign(root, keyPath(key), decode(eq < 0 ? "" : pair.slice(eq + 1)));
  }
  const parsed = arrayify(root);
  return typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
}
