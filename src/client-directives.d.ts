/** The portal's own island directive (src/lib/clientLate.ts), for the type checker. */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:late'?: boolean;
  }
}
export {};
