/** Reads the brand palette from tokens.css, so the brand page and the site share one source. */

export interface BrandColour {
  name: string;
  token: string;
  hex: string;
}

export function brandColours(css: string): BrandColour[] {
  return [...css.matchAll(/(--do-palette-([a-z0-9-]+)):\s*(#[0-9a-f]{6})/gi)].map((m) => ({ token: m[1], name: m[2], hex: m[3].toLowerCase() }));
}
