import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { getProfile } from "@/lib/auth/account";
import { auth } from "@/lib/auth/auth";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";
import { SessionsCard } from "./_components/sessions-card";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const profile = await getProfile(actor);

  return (
    <>
      <PageHeader title="Your account" description="Your name, your password and where you are signed in." />
      <div className="grid gap-6">
        <ProfileForm profile={profile} />
        {profile.hasPassword ? <PasswordForm /> : null}
        <SessionsCard />
      </div>
    </>
  );
}
