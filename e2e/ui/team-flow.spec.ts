import { expect, test } from "@playwright/test";
import { latestEmail, linkIn, uniqueEmail } from "../support";

test("sign up, invite a member, they join from the email, change their role, remove them — they are signed out", async ({ browser }) => {
  const admin = await browser.newPage();
  const ownerEmail = uniqueEmail("owner");
  const memberEmail = uniqueEmail("member");

  // Sign up from the landing page.
  await admin.goto("/");
  await admin
    .getByRole("link", { name: /start free trial/i })
    .first()
    .click();
  await admin.getByLabel("Your name").fill("Olivia Owner");
  await admin.getByLabel("Work email").fill(ownerEmail);
  await admin.getByLabel("Password").fill("correct-horse-battery-staple");
  await admin.getByLabel("Company name").fill("Mist Makers");
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin).toHaveURL(/\/app$/);
  await expect(admin.getByText("Mist Makers").first()).toBeVisible();

  // Invite a member.
  await admin.goto("/settings/team");
  await admin.getByRole("button", { name: "Invite member" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByLabel("Email", { exact: true }).fill(memberEmail);
  await dialog.getByLabel("Role", { exact: true }).selectOption("user");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("cell", { name: memberEmail, exact: true })).toBeVisible();

  // The member opens the link from the email and creates an account.
  const inviteLink = linkIn(await latestEmail(memberEmail), /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/);
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(inviteLink);
  await expect(member.getByText(/Mist Makers/).first()).toBeVisible();
  await member.getByLabel("Your name").fill("Milo Member");
  await member.getByLabel("Password").fill("another-long-password");
  await member.getByRole("button", { name: "Create account and join" }).click();
  await expect(member).toHaveURL(/\/app$/);
  await expect(member.getByText("Mist Makers").first()).toBeVisible();

  // The admin sees them, changes their role to viewer.
  await admin.reload();
  const roleSelect = admin.getByLabel(`Role for ${memberEmail}`);
  await expect(roleSelect).toHaveValue("user");
  await roleSelect.selectOption("viewer");
  await expect(admin.getByText("Milo Member is now a viewer")).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel(`Role for ${memberEmail}`)).toHaveValue("viewer");

  // The member's next page load reflects the new role: the admin-only pages are gone from the nav.
  await member.goto("/settings/team");
  await expect(member.getByRole("cell", { name: memberEmail, exact: true })).toBeVisible();
  await expect(member.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  // The admin removes the member after confirming.
  await admin.getByRole("button", { name: `Remove ${memberEmail}` }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  // The dialog hides the table from the accessibility tree while open: wait for the outcome.
  await expect(admin.getByText("Milo Member was removed")).toBeVisible();
  await expect(admin.getByRole("alertdialog")).toHaveCount(0);
  await expect(admin.getByRole("cell", { name: memberEmail, exact: true })).toHaveCount(0);

  // The removed member is signed out on their very next request.
  await member.goto("/app");
  await expect(member).toHaveURL(/\/login\?notice=removed$/);
  await expect(member.getByText("You no longer belong to that organization")).toBeVisible();
  const api = await memberContext.request.get("/api/tenants/me");
  expect(api.status()).toBe(401);

  await memberContext.close();
});
