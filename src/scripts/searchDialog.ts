/**
 * Progressive enhancement of the header search: without JavaScript the form submits to the search
 * page. With it, submitting opens a modal dialog on the current page and loads the search island
 * (Preact and Pagefind) only then. <dialog> brings focus handling and Escape to close; focus goes back
 * to the search field when the dialog closes.
 */
const form = document.querySelector<HTMLFormElement>('form[data-search-dialog]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (form && dialog && typeof dialog.showModal === 'function') {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const mount = dialog.querySelector<HTMLElement>('[data-mount]')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    dialog.showModal();
    const [{ h, render }, { default: SiteSearch }] = await Promise.all([import('preact'), import('../islands/SiteSearch')]);
    render(null, mount);
    render(h(SiteSearch, { ...JSON.parse(dialog.dataset.props!), dialogQuery: input.value }), mount);
    mount.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  });
  dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => input.focus());
}
