import pino from "pino";

// Paths whose values never reach a log line.
const REDACT = [
  "password",
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

globalForLog.__aerospecLogger ??= pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "aerospec" },
  redact: { paths: REDACT, censor: "[redacted]" },
});

export const logger: pino.Logger = globalForLog.__aerospecLogger;

export function requestLogger(requestId: string): pino.Logger {
  return logger.child({ requestId });
}
