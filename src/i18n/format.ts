/**
 * Fills `{name}` placeholders from `values`; an unknown placeholder is left as it is, so a missing
 * value shows up in review instead of vanishing. Shared by the pages and the browser scripts.
 * Own properties only: `{toString}` must not pick up Object.prototype's function.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : placeholder,
  );
}
