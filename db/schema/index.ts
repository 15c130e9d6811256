export * from "./identity";
export * from "./tenants";
export * from "./audit";
export * from "./email";
export * from "./rate-limits";
export * from "./catalog";
export * from "./configurations";
export * from "./billing";
