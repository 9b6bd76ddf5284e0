/**
 * The saved-list page: what the visitor saved on this device, or a list someone shared by link.
 * Remove items, share the list as a link, print it, and export its events as one .ics file built from
 * the events' own calendar files. The items' titles and addresses come from small JSON files of the
 * build in the page's language (src/lib/savedData.ts), loaded only for the saved ids, so titles appear
 * in the page's language whichever language the items were saved in.
 */
import { Component, createRef } from 'preact';
import { bucketOf, idsFromShare, mergeCalendars, readSaved, shareUrl, writeSaved, type SavedItem } from '../lib/savedList';

export interface SavedListStrings {
  empty: string;
  sharedIntro: string;
  adopt: string;
  share: string;
  shareLabel: string;
  copied: string;
  print: string;
  exportIcs: string;
  exportDone: string;
  /** Announced after removing an item; {title} is replaced. */
  removed: string;
  remove: string;
  groups: Record<'place' | 'event' | 'route', string>;
  count: string;
  one: string;
  loading: string;
}

interface Props {
  /** Number of data files and where they are. */
  buckets: number;
  dataBase: string;
  strings: SavedListStrings;
  fileName: string;
}

interface State {
  /** Items loaded from the data files, by id. */
  items: Map<string, SavedItem>;
  loading: boolean;
  ids: string[];
  shared: boolean;
  link: string;
  message: string;
}

export default class SavedList extends Component<Props, State> {
  state: State = { items: new Map(), loading: true, ids: [], shared: false, link: '', message: '' };

  componentDidMount() {
    const fromLink = idsFromShare(location.search);
    const ids = fromLink.length > 0 ? fromLink : readSaved(localStorage);
    this.setState({ ids, shared: fromLink.length > 0 });
    this.load(ids);
  }

  /** Loads the data files the saved ids are in (each once). */
  private async load(ids: string[]) {
    const { buckets, dataBase } = this.props;
    const needed = [...new Set(ids.map((id) => bucketOf(id, buckets)))];
    try {
      const lists = await Promise.all(needed.map((b) => fetch(`${dataBase}${b}.json`).then((r) => (r.ok ? (r.json() as Promise<SavedItem[]>) : []))));
      this.setState({ items: new Map(lists.flat().map((i) => [i.id, i])), loading: false });
    } catch {
      this.setState({ loading: false });
    }
  }

  private status = createRef<HTMLParagraphElement>();

  /**
   * Removing an item removes the button that had focus: focus moves to the next item's remove
   * button, else the previous one, else the status line, and the removal is announced.
   */
  private remove(item: SavedItem, order: SavedItem[]) {
    const at = order.findIndex((i) => i.id === item.id);
    const next = order[at + 1] ?? order[at - 1];
    this.setIds(this.state.ids.filter((x) => x !== item.id), this.props.strings.removed.replace('{title}', item.title), () => {
      const target = next ? document.getElementById(`saved-remove-${next.id.replace(':', '-')}`) : this.status.current;
      target?.focus();
    });
  }

  private setIds(ids: string[], message = '', then?: () => void) {
    if (!this.state.shared) writeSaved(localStorage, ids);
    this.setState({ ids, message, link: '' }, then);
  }

  private adopt = () => {
    writeSaved(localStorage, [...new Set([...readSaved(localStorage), ...this.state.ids])]);
    history.replaceState(null, '', location.pathname);
    this.setState({ shared: false, ids: readSaved(localStorage) });
  };

  private share = async () => {
    const link = shareUrl(location.href, this.state.ids);
    let message = '';
    try {
      await navigator.clipboard.writeText(link);
      message = this.props.strings.copied;
    } catch {
      /* clipboard not available: the link is shown to copy by hand */
    }
    this.setState({ link, message });
  };

  private exportIcs = async (events: SavedItem[]) => {
    const files = await Promise.all(events.map((e) => fetch(e.ics!).then((r) => r.text())));
    const blob = new Blob([mergeCalendars(files)], { type: 'text/calendar' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = this.props.fileName;
    a.click();
    URL.revokeObjectURL(a.href);
    this.setState({ message: this.props.strings.exportDone });
  };

  render({ strings }: Props, { items, loading, ids, shared, link, message }: State) {
    const chosen = ids.map((id) => items.get(id)).filter((i): i is SavedItem => i !== undefined);
    const events = chosen.filter((i) => i.ics);
    const status = chosen.length === 1 ? strings.one : strings.count.replace('{n}', String(chosen.length));
    return (
      <div class="do-saved">
        <p role="status" class="do-saved__status" ref={this.status} tabIndex={-1}>
          {loading && ids.length > 0 ? strings.loading : chosen.length === 0 ? strings.empty : status} {message}
        </p>
        {shared && chosen.length > 0 && (
          <p class="do-saved__shared">
            {strings.sharedIntro}{' '}
            <button type="button" onClick={this.adopt}>
              {strings.adopt}
            </button>
          </p>
        )}
        {(['place', 'route', 'event'] as const).map((type) => {
          const group = chosen.filter((i) => i.type === type);
          if (group.length === 0) return null;
          return (
            <section key={type} aria-labelledby={`saved-${type}`}>
              <h2 id={`saved-${type}`}>{strings.groups[type]}</h2>
              <ul class="do-saved__list">
                {group.map((item) => (
                  <li key={item.id}>
                    <a href={item.url}>{item.title}</a>
                    {item.when && <span class="do-saved__when">{item.when}</span>}
                    {!shared && (
                      <button
                        type="button"
                        class="do-saved__remove"
                        id={`saved-remove-${item.id.replace(':', '-')}`}
                        aria-label={`${strings.remove}: ${item.title}`}
                        onClick={() => this.remove(item, (['place', 'route', 'event'] as const).flatMap((t) => chosen.filter((i) => i.type === t)))}
                      >
                        {strings.remove}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {chosen.length > 0 && (
          <div class="do-saved__actions" data-print="hide">
            <button type="button" onClick={this.share}>
              {strings.share}
            </button>
            <button type="button" onClick={() => window.print()}>
              {strings.print}
            </button>
            {events.length > 0 && (
              <button type="button" onClick={() => this.exportIcs(events)}>
                {strings.exportIcs}
              </button>
            )}
          </div>
        )}
        {link && (
          <p class="do-saved__link">
            <label for="saved-link">{strings.shareLabel}</label>
            <input id="saved-link" type="text" readOnly value={link} onFocus={(e) => (e.target as HTMLInputElement).select()} />
          </p>
        )}
      </div>
    );
  }
}
