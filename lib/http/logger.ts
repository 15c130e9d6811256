import pino from "pino";
import { envValue } from "@/lib/env";

// Paths whose values never reach a log line. (Request lines log the path without its query
// string, where an API key may travel as `?api_key=`.)
const REDACT = [
  "password",
  "secret",
  "api_key",
  "*.api_key",
  "query.api_key",
  "newPassword",
  "token",
  "*.password",
  "*.newPassword",
  "*.token",
  "*.passwordHash",
  "*.secret",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "req.headers.cookie",
];

const globalForLog = globalThis as unknown as { __aerospecLogger?: pino.Logger };

// Lines go to stdout through an asynchronous destination: a request does not wait for its log
// line's write (a system call each, on the event loop, with the default synchronous one);
// lines written meanwhile are sent together, and whatever is buffered is flushed on exit.
globalForLog.__aerospecLogger ??= pino(
  {
    level: envValue("LOG_LEVEL"),
    base: { service: "aerospec" },
    redact: { paths: REDACT, censor: "[redacted]" },
  },
  pino.destination({ dest: 1, sync: false }),
);

export const logger: pino.Logger = globalForLog.__aerospecLogger;
