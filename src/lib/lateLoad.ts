/**
 * What may wait until the page has painted (ADR 0011). On a slow phone every request that starts
 * before the first paint shares the connection with the page and the artwork it paints with; the
 * brand font (35 KB) and the page scripts each cost a round trip or more there, and none of them is
 * needed to show the page: text paints in Archivo's metric-matched fallback (src/styles/fonts.css),
 * and every script enhances markup that works without it.
 *
 * So one small inline script in every page's <head> starts them when the page has loaded and painted
 * (the load event and the browser's first and largest-contentful-paint entries, where it reports
 * them, or 0.8 s after the load when a page has none, such as one opened at an empty anchor; then two
 * frames), or at once when the visitor touches, clicks or tabs:
 * - the brand font, into the cache only: the page the visitor arrives on stays in the metric-matched
 *   fallback from first to last frame, so no swap can move a line. A visitor who comes from another
 *   page of the portal has the font in the cache; for them the faces are added before the first paint,
 *   with `font-display: optional`, and the Latin file starts loading from the cache at once, before
 *   the page is laid out: used from the first frame when it is ready in time (it nearly always is),
 *   otherwise the page keeps the fallback. Either way nothing shifts.
 * - the page's module scripts: the build writes them as `<template data-module="/_astro/…js">`
 *   (scripts/deploy/astroHtml.mjs), and the loader imports them;
 * - the islands with `client:late` (src/lib/clientLate.ts) wait for `self.doLate`.
 * A header search submitted before its script has arrived waits for it and then opens the dialog; if
 * the script fails, the form goes to the search page as it does without JavaScript.
 *
 * The script's text is the same on every page (one CSP hash).
 */

export interface LateFont {
  url: string;
  unicodeRange: string;
}

/** The inline script (classic, in <head>). */
export function lateLoaderScript(family: string, fonts: LateFont[]): string {
  const faces = JSON.stringify(fonts.map((f) => [f.url, f.unicodeRange]));
  return `(()=>{let d,s=0,m=[];self.doLate=new Promise(r=>d=r);const F=${faces},start=()=>{if(s++)return;m=[...document.querySelectorAll("template[data-module]")].map(t=>import(t.dataset.module));d();fetch(F[F.length-1][0],{priority:"low"}).catch(()=>{})};if(self.FontFace&&document.referrer.startsWith(location.origin+"/"))F.forEach(([u,r],i)=>{const x=new FontFace(${JSON.stringify(family)},'url('+u+') format("woff2")',{weight:"100 900",display:"optional",unicodeRange:r});document.fonts.add(x);i==F.length-1&&x.load().catch(()=>{})});const seen=t=>new Promise(r=>{try{if(!PerformanceObserver.supportedEntryTypes.includes(t))return r();new PerformanceObserver((l,o)=>{o.disconnect();r()}).observe({type:t,buffered:!0})}catch{r()}});new Promise(r=>addEventListener("load",r)).then(()=>Promise.race([Promise.all([seen("paint"),seen("largest-contentful-paint")]),new Promise(r=>setTimeout(r,800))])).then(()=>requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(start))));for(const e of["pointerdown","keydown","focusin"])addEventListener(e,start,{capture:!0,passive:!0});addEventListener("submit",e=>{const f=e.target;if(f.matches("form[data-search-dialog]")&&!("ready"in f.dataset)){e.preventDefault();start();Promise.all(m).then(()=>"ready"in f.dataset&&f.requestSubmit?f.requestSubmit():f.submit(),()=>f.submit())}},!0)})();`;
}
