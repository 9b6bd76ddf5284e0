/** Reads the brand palette from tokens.css, so the brand page and the site share one source. */

export interface BrandColour {
  name: string;
  token: string;
  hex: string;
}

export function brandColours(css: string): BrandColour[] {
  return [...css.matchAll(/(--do-palette-([a-z0-9-]+)):\s*(#[0-9a-f]{6})/gi)].map((m) => ({ token: m[1], name: m[2], hex: m[3].toLowerCase() }));
}

/**
 * The value of one custom property in tokens.css, with var() references resolved, for files that
 * cannot read the page's CSS (the map's SVG images). Fails naming the token when it is missing.
 */
export function tokenValue(css: string, name: string, seen: string[] = []): string {
  if (seen.includes(name)) throw new Error(`tokens.css: ${[...seen, name].join(' → ')} refers to itself`);
  const m = new RegExp(`(?<![\\w-])${name}:\\s*([^;]+);`).exec(css);
  if (!m) throw new Error(`tokens.css: ${name} is not defined`);
  return m[1].trim().replace(/var\((--[a-z0-9-]+)\)/gi, (_, ref: string) => tokenValue(css, ref, [...seen, name]));
}
