function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Tagged template that escapes interpolated strings; nested `Html` values pass through. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | Html | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (Array.isArray(part)) return part.map(render).join("");
  if (part instanceof Html) return part.value;
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, text, index) => out + text + (index < parts.length ? render(parts[index]) : ""), ""));
}

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f6f8fa; color: #1f2328; margin: 0; }
  main { max-width: 32rem; margin: 3rem auto; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 2rem; }
  h1 { font-size: 1.4rem; margin-top: 0; } h2 { font-size: 1.1rem; }
  .badge { display: inline-block; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; padding: 0 .4rem; font-size: .8rem; }
  .lines { list-style: none; padding: 0; } .lines li { display: flex; justify-content: space-between; padding: .4rem 0; border-bottom: 1px solid #eee; }
  .total { font-weight: 600; } .muted { color: #59636e; }
  .error { color: #d1242f; background: #ffebe9; padding: .6rem; border-radius: 6px; }
  .ok { color: #1a7f37; background: #dafbe1; padding: .6rem; border-radius: 6px; }
  form { display: inline-block; margin: .5rem .5rem .5rem 0; }
  button { font: inherit; padding: .5rem 1.2rem; border-radius: 6px; border: 1px solid #1f883d; background: #1f883d; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #1f2328; border-color: #d0d7de; }
  a { color: #0969da; }
`;

/** A complete page with the emulator's inline styles. */
export function page(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${new Html(STYLE)}</style></head>
<body><main>${body}</main></body>
</html>`.value;
}

export function notFoundPage(message: string): string {
  return page("Not found", html`<h1>Not found</h1><p>${message}</p>`);
}

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A unix timestamp as "March 5, 2027". */
export function formatDate(timestamp: number): string {
  return DATE.format(new Date(timestamp * 1000));
}

/** "past_due" → "Past due". */
export function humanize(status: string): string {
  const words = status.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
