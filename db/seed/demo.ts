/**
 * The demo tenant `npm start` creates: one admin (owner), one user, one viewer, and a member
 * of AeroSpec's own staff (platform pages: revenue, commissions) who views the demo tenant.
 */
export const DEMO_PASSWORD = "aerospec-demo-2026";

export const DEMO_TENANT = {
  name: "Demo Coatings Ltd",
  slug: "demo",
  plan: "professional",
  billingEmail: "billing@demo.aerospec.local",
} as const;

export const DEMO_USERS = [
  { email: "admin@demo.aerospec.local", name: "Ada Admin", role: "admin", owner: true, staff: false },
  { email: "user@demo.aerospec.local", name: "Umar User", role: "user", owner: false, staff: false },
  { email: "viewer@demo.aerospec.local", name: "Vera Viewer", role: "viewer", owner: false, staff: false },
  { email: "staff@aerospec.local", name: "Sam Staff", role: "viewer", owner: false, staff: true },
] as const;

/** The demo tenant has paid for Professional since this many months ago (revenue report history). */
export const DEMO_CUSTOMER_SINCE_MONTHS = 5;
