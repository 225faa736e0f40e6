/**
 * Fills `{name}` placeholders of a path template, compiled once per template.
 *
 * openapi-fetch's default path serializer runs a regex over the template on every call; the Web
 * API only uses simple `{id}` placeholders, so each template is split once and then joined with
 * `encodeURIComponent`ed values (the same output as the default for simple-style parameters).
 */

type CompiledTemplate = (params: Record<string, unknown>) => string;

const compiled = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  // Odd indexes are parameter names: "/albums/{id}/tracks" -> ["/albums/", "id", "/tracks"].
  const parts = template.split(/\{([^{}]+)\}/);
  if (parts.length === 1) return () => template;
  return (params) => {
    let out = parts[0] ?? "";
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] ?? "";
      const value = params[name];
      out +=
        value === undefined || value === null ? `{${name}}` : encodeURIComponent(String(value));
      out += parts[i + 1] ?? "";
    }
    return out;
  };
}

/**
 * Fills a template: `fillPathTemplate("/albums/{id}", { id: "a b" })` gives `/albums/a%20b`.
 * A missing parameter leaves its placeholder, as openapi-fetch's own serializer does.
 */
export function fillPathTemplate(template: string, params: Record<string, unknown>): string {
  let fill = compiled.get(template);
  if (fill === undefined) {
    fill = compile(template);
    // Bounded: raw calls with ad-hoc templates must not grow the cache without limit.
    if (compiled.size < 1_000) compiled.set(template, fill);
  }
  return fill(params);
}
