import type { Role } from "@/lib/rbac/permissions";

export const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: "admin", label: "Admin" },
  { value: "user", label: "User" },
  { value: "viewer", label: "Viewer" },
];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Manages members, billing, settings and every configuration.",
  user: "Creates configurations, compares quotes and orders samples.",
  viewer: "Reads configurations and results; changes nothing.",
};
