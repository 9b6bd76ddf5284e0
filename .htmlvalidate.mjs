/**
 * html-validate configuration for the built site (tests/quality/html.test.ts validates every page of
 * dist/ with it; `npx html-validate "dist/**\/*.html"` uses it too).
 *
 * The strictest presets apply: "recommended" (conformance, accessibility and security rules) plus
 * "document" (rules that only make sense for whole pages: doctype, one <main>, heading order…).
 * A rule is switched off or narrowed only here, each with its reason. Anything else the validator
 * reports fails the suite; fix it in src/ rather than here.
 *
 * One exception cannot be written as configuration and lives in tests/quality/lib/html.mjs: the
 * lowercase <!doctype html> of Astro's fixed redirect-stub template (doctype-style), on those stubs
 * only; everything else in them is validated. (The <style> that Astro puts into <body> before the
 * first island, withastro/astro#10308, is moved into <head> by the build: scripts/deploy/astroHtml.mjs.)
 */
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Narrowed, not off: SRI guards resources from other hosts. The portal loads none (the browser
    // tests forbid foreign requests), and hashing our own fingerprinted /_astro/ files, which come
    // from the same server as the page, protects nothing. A stylesheet or script from another host
    // would still fail here.
    'require-sri': ['error', { target: 'crossorigin' }],

    // Narrowed, not off: role="list" on <ul>/<ol> is deliberate. Safari/VoiceOver drops list
    // semantics from lists styled with `list-style: none` (card grids, link lists); the explicit role
    // restores them. Every other redundant role is still reported.
    'no-redundant-role': ['error', { exclude: ['list'] }],

    // Off: only the spelling of void elements (<input> vs <input/>), both valid HTML. Astro writes
    // <input>, Preact's server renderer writes <input/> in the islands, and neither is configurable,
    // so a style cannot be enforced. Unclosed or misnested elements are still caught by the parser
    // rules (close-order, void-content, no-self-closing on non-void elements…).
    'void-style': 'off',

    // Adjusted to the content model: src/schemas/base.ts allows titles of up to 90 characters (an
    // editorial decision), and the layout appends " | Dortmund" (11 characters). The gate is that the
    // template adds nothing beyond that; whether long titles should be shortened for search results
    // is for the editors (doc/adr/0006).
    'long-title': ['error', { maxlength: 101 }],
  },
};
