/**
 * Progressive enhancement of the header search: without JavaScript the form submits to the search
 * page. With it, the first submit loads the dialog's words, its stylesheet and the search island
 * (Preact and Pagefind) together, builds a modal dialog on the current page and opens it; later
 * submits reuse it. None of this is in the page before: its first round trip stays small. <dialog>
 * brings focus handling and Escape to close; focus goes back to the search field when it closes.
 * If anything fails to load, the form does what it does without JavaScript.
 */
import type { SearchProps } from '../islands/SiteSearch';
// Only the address: the stylesheet is linked on the first search (a dynamic import() of the CSS would
// be hoisted into every page's inline styles by Astro).
import dialogCssUrl from '../styles/search-dialog.css?url';

/** The JSON of src/pages/[...searchDialog].ts. */
export interface SearchDialogData {
  title: string;
  close: string;
  fullPage: string;
  fullPageHref: string;
  island: Pick<SearchProps, 'strings' | 'otherSearch'>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search-dialog]');
if (form?.dataset.searchDialog && typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype) {
  const dataUrl = form.dataset.searchDialog;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let ready: Promise<{ dialog: HTMLDialogElement; mount: HTMLElement; data: SearchDialogData }> | undefined;

  /** Links the stylesheet and resolves when it has loaded. */
  const stylesheet = () =>
    new Promise<void>((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: dialogCssUrl });
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => {
        link.remove();
        reject(new Error(`stylesheet ${dialogCssUrl}`));
      });
      document.head.append(link);
    });

  /** The dialog, built once from the fetched words: a heading, a close button, the island's mount, a link. */
  const build = (data: SearchDialogData) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'do-searchdialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    const head = Object.assign(document.createElement('div'), { className: 'do-searchdialog__head' });
    const title = Object.assign(document.createElement('p'), { id: 'search-dialog-title', className: 'do-searchdialog__title', textContent: data.title });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: data.close });
    close.addEventListener('click', () => dialog.close());
    head.append(title, close);
    const mount = document.createElement('div');
    const more = document.createElement('p');
    more.append(Object.assign(document.createElement('a'), { href: data.fullPageHref, textContent: data.fullPage }));
    dialog.append(head, mount, more);
    dialog.addEventListener('close', () => input.focus());
    form.closest('header')!.append(dialog);
    return { dialog, mount };
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.setAttribute('aria-busy', 'true');
    ready ??= Promise.all([
      fetch(dataUrl).then((r) => (r.ok ? (r.json() as Promise<SearchDialogData>) : Promise.reject(new Error(`${dataUrl}: ${r.status}`)))),
      stylesheet(),
    ]).then(([data]) => ({ ...build(data), data }));
    try {
      const [{ h, render }, { default: SiteSearch }, { dialog, mount, data }] = await Promise.all([import('preact'), import('../islands/SiteSearch'), ready]);
      form.removeAttribute('aria-busy');
      dialog.showModal();
      render(null, mount);
      render(h(SiteSearch, { ...data.island, dialogQuery: input.value }), mount);
      mount.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    } catch {
      ready = undefined;
      form.removeAttribute('aria-busy');
      form.submit();
    }
  });
  // The page's inline loader holds back a search submitted before this script arrived, and submits
  // it again once this is set (src/lib/lateLoad.ts).
  form.dataset.ready = '';
}
