"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { Role } from "@/lib/rbac/permissions";
import type { invitationListSchema, memberListSchema, memberRoleSchema, sentInvitationSchema } from "./response-schemas";
import type { InviteMemberInput } from "./schemas";

// The JSON the team API returns, typed from the response schemas its routes are held to.
type MemberList = Serialized<z.input<typeof memberListSchema>>;
type InvitationList = Serialized<z.input<typeof invitationListSchema>>;
export type MemberRow = MemberList["members"][number];
export type InvitationRow = InvitationList["invitations"][number];

const tenantKeys = {
  members: ["tenants", "members"] as const,
  invitations: ["tenants", "invitations"] as const,
};

export function useMembers() {
  return useQuery({
    queryKey: tenantKeys.members,
    queryFn: ({ signal }) => apiFetch<MemberList>("/api/tenants/members", { signal }).then((r) => r.members),
  });
}

export function useInvitations(enabled = true) {
  return useQuery({
    queryKey: tenantKeys.invitations,
    enabled,
    queryFn: ({ signal }) => apiFetch<InvitationList>("/api/tenants/invitations", { signal }).then((r) => r.invitations),
  });
}

/** Invalidates members and invitations, which share the seat count. */
function useInvalidateTeam() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tenantKeys.members }),
      queryClient.invalidateQueries({ queryKey: tenantKeys.invitations }),
    ]);
}

export function useInviteMember() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (input: InviteMemberInput) =>
      apiFetch<Serialized<z.input<typeof sentInvitationSchema>>>("/api/tenants/members/invite", {
        method: "POST",
        body: input,
      }),
    onSuccess: invalidate,
  });
}

export function useChangeRole() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      apiFetch<Serialized<z.input<typeof memberRoleSchema>>>(`/api/tenants/members/${encodeURIComponent(userId)}`, {
        method: "PUT",
        body: { role },
      }),
    onSettled: invalidate,
  });
}

export function useRemoveMember() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<null>(`/api/tenants/members/${encodeURIComponent(userId)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useResendInvitation() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<unknown>(`/api/tenants/invitations/${encodeURIComponent(id)}/resend`, { method: "POST", body: {} }),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/tenants/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
