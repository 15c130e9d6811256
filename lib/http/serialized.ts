/**
 * A server value as the browser receives it through JSON: dates become ISO strings (their
 * `toJSON`), everything else keeps its shape. The browser's types are this applied to what the
 * server's presenters and queries return, so the two cannot drift apart.
 */
export type Serialized<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;
