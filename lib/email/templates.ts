export type EmailContent = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, paragraphs: string[], action: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:560px;margin:auto">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}
<p><a href="${escapeHtml(action.url)}" style="background:#0f172a;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="color:#64748b;font-size:12px">Or open this link: ${escapeHtml(action.url)}</p></body></html>`;
}

export function invitationEmail(input: { tenantName: string; inviterName: string; role: string; url: string }): EmailContent {
  const subject = `${input.inviterName} invited you to ${input.tenantName} on AeroSpec`;
  const lines = [
    `${input.inviterName} invited you to join ${input.tenantName} on AeroSpec as ${input.role}.`,
    "The invitation expires in 7 days.",
  ];
  return {
    subject,
    text: `${lines.join("\n")}\n\nAccept the invitation: ${input.url}\n`,
    html: layout(subject, lines, { label: "Accept invitation", url: input.url }),
  };
}

export function welcomeEmail(input: { name: string; tenantName: string; trialDays: number; url: string }): EmailContent {
  const subject = `Welcome to AeroSpec, ${input.name}`;
  const lines = [
    `${input.tenantName} is set up, with ${input.trialDays} days of Professional to try everything.`,
    "Start with a configuration: describe your fluid and your spray targets, and AeroSpec ranks the actuators of Spencer and Coster that can meet them, with predicted droplet size, cone angle and pressure.",
    "Then invite your team from Settings → Team.",
  ];
  return {
    subject,
    text: `${lines.join("\n")}\n\nCreate your first configuration: ${input.url}\n`,
    html: layout(subject, lines, { label: "Create your first configuration", url: input.url }),
  };
}

export function passwordResetEmail(input: { name: string; url: string }): EmailContent {
  const subject = "Reset your AeroSpec password";
  const lines = [
    `Hi ${input.name}, someone asked to reset the password of your AeroSpec account.`,
    "The link works once and expires in 1 hour. If it was not you, ignore this email.",
  ];
  return {
    subject,
    text: `${lines.join("\n")}\n\nReset your password: ${input.url}\n`,
    html: layout(subject, lines, { label: "Reset password", url: input.url }),
  };
}

export function orderStatusEmail(input: { configurationName: string; headline: string; details: string[]; url: string }): EmailContent {
  const subject = `Your order for ${input.configurationName}: ${input.headline}`;
  const lines = [`${input.headline}.`, ...input.details];
  return {
    subject,
    text: `${lines.join("\n")}\n\nOpen the order: ${input.url}\n`,
    html: layout(subject, lines, { label: "Open the order", url: input.url }),
  };
}

export function approvalRequestEmail(input: {
  requesterName: string;
  total: string;
  configurationName: string;
  note: string | null;
  url: string;
}): EmailContent {
  const subject = `${input.requesterName} asks you to approve an order of ${input.total}`;
  const lines = [
    `${input.requesterName} wants to order actuators for ${input.configurationName}, ${input.total} in all, which is above your organization's approval threshold.`,
    ...(input.note ? [`Their note: ${input.note}`] : []),
    "Approve it to let them pay, or reject it with a reason.",
  ];
  return {
    subject,
    text: `${lines.join("\n")}\n\nReview the order: ${input.url}\n`,
    html: layout(subject, lines, { label: "Review the order", url: input.url }),
  };
}

export function webhookDisabledEmail(input: { url: string; failingSince: string; lastError: string; settingsUrl: string }): EmailContent {
  const subject = "A webhook endpoint was disabled after failing for a day";
  const lines = [
    `AeroSpec could not deliver events to ${input.url} since ${input.failingSince}, so the endpoint was disabled and no more events are sent to it.`,
    `The last attempt failed with: ${input.lastError}`,
    "Fix the receiver, then enable the endpoint again and redeliver the events it missed from its delivery log.",
  ];
  return {
    subject,
    text: `${lines.join("\n")}\n\nOpen webhook settings: ${input.settingsUrl}\n`,
    html: layout(subject, lines, { label: "Open webhook settings", url: input.settingsUrl }),
  };
}
