/** The demo tenant `npm start` creates: one admin (owner), one user, one viewer. */
export const DEMO_PASSWORD = "aerospec-demo-2026";

export const DEMO_TENANT = {
  name: "Demo Coatings Ltd",
  slug: "demo",
  plan: "professional",
  billingEmail: "billing@demo.aerospec.local",
} as const;

export const DEMO_USERS = [
  { email: "admin@demo.aerospec.local", name: "Ada Admin", role: "admin", owner: true },
  { email: "user@demo.aerospec.local", name: "Umar User", role: "user", owner: false },
  { email: "viewer@demo.aerospec.local", name: "Vera Viewer", role: "viewer", owner: false },
] as const;
