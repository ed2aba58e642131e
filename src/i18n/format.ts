/**
 * Fills `{name}` placeholders from `values`; an unknown placeholder is left as it is, so a missing
 * value shows up in review instead of vanishing. Shared by the pages and the browser scripts.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
