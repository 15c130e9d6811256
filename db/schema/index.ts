export * from "./audit";
export * from "./billing";
export * from "./catalog";
export * from "./configurations";
export * from "./email";
export * from "./identity";
export * from "./rate-limits";
export * from "./tenants";
