/**
 * Progressive enhancement of the header search: without JavaScript the form submits to the search
 * page. With it, submitting opens a modal dialog on the current page and loads the search island
 * (Preact and Pagefind) only then. <dialog> brings focus handling and Escape to close; focus goes back
 * to the search field when the dialog closes.
 */
import type { SearchProps } from '../islands/SiteSearch';
// Only the address: the stylesheet is linked when the dialog first opens (a dynamic import() of the
// CSS would be hoisted into every page's inline styles by Astro).
import searchCssUrl from '../styles/search.css?url';

const form = document.querySelector<HTMLFormElement>('form[data-search-dialog]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (form && dialog && typeof dialog.showModal === 'function') {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const mount = dialog.querySelector<HTMLElement>('[data-mount]')!;
  let css: Promise<void> | undefined;
  /** Links the search stylesheet once and resolves when it has loaded. */
  const stylesheet = () =>
    (css ??= new Promise<void>((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCssUrl });
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => {
        link.remove();
        css = undefined;
        reject(new Error(`stylesheet ${searchCssUrl}`));
      });
      document.head.append(link);
    }));
  let props: Promise<Pick<SearchProps, 'strings' | 'otherSearch'>> | undefined;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    dialog.showModal();
    // The island, its strings and its stylesheet load together, on the first search only. If any of
    // them cannot be loaded (offline, say), the form does what it does without JavaScript.
    props ??= fetch(dialog.dataset.propsUrl!).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
    try {
      const [{ h, render }, { default: SiteSearch }, strings] = await Promise.all([
        import('preact'),
        import('../islands/SiteSearch'),
        props,
        stylesheet(),
      ]);
      render(null, mount);
      render(h(SiteSearch, { ...strings, dialogQuery: input.value }), mount);
    } catch {
      props = undefined;
      dialog.close();
      form.submit();
      return;
    }
    mount.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  });
  dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => input.focus());
}
