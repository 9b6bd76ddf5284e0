/**
 * The map page: every place drawn at its coordinates on a local view that makes no request to any
 * other host, with filters by kind and district and a list that carries the same information for
 * keyboard and screen-reader users. An OpenStreetMap map (self-hosted Leaflet, tiles from
 * tile.openstreetmap.org) loads only after the visitor clicks for it; the choice is kept for the
 * visit (sessionStorage), never longer.
 */
import { Component, createRef, type ComponentChildren } from 'preact';
import type { ListedPlace, MapFile, MapLabel, MapPlace } from '../lib/mapData';
import { groupOf, markerPath } from '../lib/mapSymbols';
// Leaflet's stylesheet as a file of its own, linked only when the visitor asks for the map: imported as
// CSS it would be inlined into the page with the page's styles (ADR 0009) and its file would not exist.
import leafletCss from 'leaflet/dist/leaflet.css?url';

/** Links a stylesheet and resolves once it has loaded. */
function linkStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
    document.head.append(link);
  });
}

export interface PlaceMapStrings {
  filters: string;
  kind: string;
  district: string;
  /** Label of the filter by access need. */
  need: string;
  /** Shown while a need is chosen: what the filter is based on. */
  needNote: string;
  all: string;
  count: string;
  one: string;
  none: string;
  mapLabel: string;
  listTitle: string;
  showOnMap: string;
  osmLoad: string;
  osmNote: string;
  osmPrivacy: string;
  osmAttribution: string;
  osmLoading: string;
  osmFailed: string;
  /** Said while the places' data files are on their way (instead of "no places"). */
  loading: string;
  /** Shown in the list for a place that has no verified position yet. */
  noPoint: string;
}

interface Props {
  /** Where the places are: one file per district (the position in `districts` + 1), src/lib/mapData.ts. */
  dataBase: string;
  labels: MapLabel[];
  /** Names of the neighbouring towns, in the margin around the city. */
  towns: { name: string; x: number; y: number }[];
  /** The drawn base map (an SVG image from this site: towns, districts, boundary). */
  base: string;
  /** Static HTML under the map: key, districts, credit (an Astro slot, no JavaScript). */
  legend?: ComponentChildren;
  kinds: [string, string][];
  districts: string[];
  /** Access needs as value and label, in the order of the need list. */
  needs: [string, string][];
  width: number;
  height: number;
  privacyUrl: string;
  strings: PlaceMapStrings;
}

interface State {
  /** Places loaded so far, and places without a verified position (in the list, not on the map). */
  places: MapPlace[];
  unplaced: ListedPlace[];
  /** Districts whose file has been loaded. */
  loaded: string[];
  /** Data files requested and not yet arrived. */
  pending: number;
  kind: string;
  district: string;
  need: string;
  selected: string;
  ready: boolean;
  osm: 'off' | 'loading' | 'on' | 'failed';
}

const OSM_KEY = 'do-osm-consent';

export default class PlaceMap extends Component<Props, State> {
  state: State = { places: [], unplaced: [], loaded: [], pending: 0, kind: '', district: '', need: '', selected: '', ready: false, osm: 'off' };
  private osmBox = createRef<HTMLDivElement>();
  private osmButton = createRef<HTMLButtonElement>();
  private leaflet: { map: import('leaflet').Map; layer: import('leaflet').LayerGroup; L: typeof import('leaflet') } | null = null;

  componentDidMount() {
    // The filters are built in a task of their own, after the hydration's (see EventFinder).
    setTimeout(() => {
      const params = new URLSearchParams(location.search);
      const district = params.get('district') ?? '';
      const need = params.get('need') ?? '';
      this.setState({ ready: true, kind: params.get('kind') ?? '', district, need: this.props.needs.some(([n]) => n === need) ? need : '' });
      // The data requests in the next task: a dozen fetch() calls take a slow phone a few dozen ms.
      setTimeout(() => {
        this.load(district);
        if (sessionStorage.getItem(OSM_KEY) === '1') this.loadOsm();
      }, 0);
    }, 0);
  }

  /** Loads the files the district filter needs (one district, or all), each once. */
  private async load(district: string) {
    const { districts, dataBase } = this.props;
    const wanted = (district ? [district] : districts).filter((d) => districts.includes(d) && !this.state.loaded.includes(d));
    if (wanted.length === 0) return;
    this.setState((st) => ({ loaded: [...st.loaded, ...wanted], pending: st.pending + wanted.length }));
    const files = await Promise.all(wanted.map((d) => fetch(`${dataBase}${districts.indexOf(d) + 1}.json`).then((r) => (r.ok ? (r.json() as Promise<MapFile>) : { places: [], unplaced: [] })).catch((): MapFile => ({ places: [], unplaced: [] }))));
    // Alphabetical by the rank the build computed (src/lib/mapData.ts), without a collator here.
    const byTitle = <T extends { order?: number }>(list: T[]) => list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    this.setState((s) => ({ pending: s.pending - wanted.length, places: byTitle([...s.places, ...files.flatMap((f) => f.places)]), unplaced: byTitle([...s.unplaced, ...files.flatMap((f) => f.unplaced)]) }), () => this.drawOsmMarkers());
  }

  componentDidUpdate(_: Props, previous: State) {
    if (previous.district !== this.state.district) this.load(this.state.district);
    if (previous.kind !== this.state.kind || previous.district !== this.state.district || previous.need !== this.state.need) {
      const url = new URL(location.href);
      for (const [name, value] of [['kind', this.state.kind], ['district', this.state.district], ['need', this.state.need]] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
      this.drawOsmMarkers();
    }
  }

  /** Whether a place passes the chosen filters (kind, district, access need). */
  private passes(p: ListedPlace): boolean {
    const { kind, district, need } = this.state;
    return (!kind || p.kind === kind) && (!district || p.district === district) && (!need || (p.needs as string[]).includes(need));
  }

  private visible(): MapPlace[] {
    return this.state.places.filter((p) => this.passes(p));
  }

  /** Everything the list shows: drawn places and those without a position, alphabetically. */
  private listed(): (MapPlace | ListedPlace)[] {
    const unplaced = this.state.unplaced.filter((p) => this.passes(p));
    return [...this.visible(), ...unplaced].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }

  private async loadOsm() {
    sessionStorage.setItem(OSM_KEY, '1');
    this.setState({ osm: 'loading' });
    try {
      const [L] = await Promise.all([import('leaflet'), linkStylesheet(leafletCss)]);
      const box = this.osmBox.current;
      if (!box) return;
      const map = L.map(box, { scrollWheelZoom: false }).setView([51.5136, 7.4653], 12);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: `&copy; <a href="https://www.openstreetmap.org/copyright">${this.props.strings.osmAttribution}</a>`,
      }).addTo(map);
      this.leaflet = { map, layer: L.layerGroup().addTo(map), L };
      // The button that had focus disappears: focus moves to the map itself (Leaflet makes it
      // keyboard-pannable), named so screen readers know where they are.
      const hadFocus = this.osmButton.current !== null && document.activeElement === this.osmButton.current;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', 'OpenStreetMap');
      this.setState({ osm: 'on' }, () => hadFocus && box.focus());
      this.drawOsmMarkers();
    } catch {
      this.setState({ osm: 'failed' });
    }
  }

  private drawOsmMarkers() {
    if (!this.leaflet) return;
    const { layer, L } = this.leaflet;
    layer.clearLayers();
    for (const p of this.visible()) {
      const link = document.createElement('a');
      link.href = p.url;
      link.textContent = p.title;
      L.circleMarker([p.lat, p.lon], { radius: 8, color: '#ffffff', weight: 2, fillColor: '#a13f0c', fillOpacity: 1 })
        .bindPopup(link)
        .addTo(layer);
    }
  }

  render({ labels, towns, base, legend, kinds, districts, needs, width, height, privacyUrl, strings }: Props, { places, pending, kind, district, need, selected, ready, osm }: State) {
    const shown = this.listed();
    const kindName = Object.fromEntries(kinds);
    const count = pending > 0 || !ready ? strings.loading : shown.length === 0 ? strings.none : (shown.length === 1 ? strings.one : strings.count).replace('{n}', String(shown.length));
    return (
      <div class="do-placemap">
        {/*
          Rendered from the start, invisible until the island is ready, so that the map below does not
          move when the filters appear; until then it cannot be seen or reached (visibility: hidden) and
          is a plain box. When ready it becomes a named form region (role="form": the filters act at
          once, there is nothing to submit, so no <form> element that would want a submit button). It
          stays the same element, so that only its attributes change: rebuilding it took a slow phone
          a long task.
        */}
        <div class={`do-placemap__filters${ready ? '' : ' is-pending'}`} role={ready ? 'form' : undefined} aria-label={ready ? strings.filters : undefined}>
            <label>
              <span>{strings.kind}</span>
              <select value={kind} onChange={(e) => this.setState({ kind: (e.target as HTMLSelectElement).value })}>
                <option value="">{strings.all}</option>
                {kinds.map(([value, label]) => (
                  <option value={value}>{label}</option>
                ))}
              </select>
            </label>
            <label>
              <span>{strings.district}</span>
              <select value={district} onChange={(e) => this.setState({ district: (e.target as HTMLSelectElement).value })}>
                <option value="">{strings.all}</option>
                {districts.map((d) => (
                  <option value={d}>{d}</option>
                ))}
              </select>
            </label>
            <label>
              <span>{strings.need}</span>
              <select value={need} onChange={(e) => this.setState({ need: (e.target as HTMLSelectElement).value })}>
                <option value="">{strings.all}</option>
                {needs.map(([value, label]) => (
                  <option value={value}>{label}</option>
                ))}
              </select>
            </label>
            <p role="status" class="do-placemap__count">
              {count}
            </p>
            {need && <p class="do-placemap__neednote">{strings.needNote}</p>}
          </div>
        <div class="do-placemap__stage">
          <div class="do-placemap__canvas">
            <img src={base} alt="" width={width} height={height} class="do-placemap__base" />
            <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={strings.mapLabel.replace('{n}', String(shown.length))} class="do-placemap__svg">
              {towns.map((town) => (
                <text x={town.x} y={town.y} text-anchor="middle" class="do-placemap__town">
                  {town.name}
                </text>
              ))}
              {labels.map((l) => {
                const parts = l.lines ?? [l.name];
                return (
                  <text x={l.x} y={l.y} text-anchor="middle" class={`do-placemap__district${district === l.name ? ' is-current' : ''}`}>
                    {parts.map((part, i) => (
                      <tspan x={l.x} dy={i === 0 ? `${0.35 - (parts.length - 1) * 0.5}em` : '1em'}>
                        {part}
                      </tspan>
                    ))}
                  </text>
                );
              })}
              {places.map((p) => {
                const on = shown.includes(p);
                const group = groupOf(p.kind);
                return (
                  <path
                    key={p.key}
                    d={markerPath(group, p.x, p.y, on ? 10 : 4)}
                    class={`do-placemap__marker do-marker--${group}${on ? ' is-on' : ''}${selected === p.key ? ' is-selected' : ''}`}
                    onClick={() => on && (location.href = p.url)}
                  >
                    <title>{p.title}</title>
                  </path>
                );
              })}
            </svg>
          </div>
          {legend}
          {ready && osm !== 'on' && (
            <div class="do-placemap__osm-offer">
              <button type="button" ref={this.osmButton} onClick={() => osm !== 'loading' && this.loadOsm()} aria-disabled={osm === 'loading' ? 'true' : undefined}>
                {osm === 'loading' ? strings.osmLoading : strings.osmLoad}
              </button>
              <p>
                {strings.osmNote} <a href={privacyUrl}>{strings.osmPrivacy}</a>
              </p>
              {osm === 'failed' && <p role="alert">{strings.osmFailed}</p>}
            </div>
          )}
          <div ref={this.osmBox} class={`do-placemap__osm${osm === 'on' || osm === 'loading' ? ' is-on' : ''}`} />
        </div>
        <h2 class="do-placemap__listtitle">{strings.listTitle}</h2>
        <ul class="do-placemap__list">
          {shown.map((p) => (
            <li key={p.key} class={selected === p.key ? 'is-selected' : undefined}>
              <a href={p.url}>{p.title}</a>
              <span>
                {kindName[p.kind] ?? p.kind} · {p.district}
              </span>
              {!('x' in p) && <span class="do-placemap__nopoint">{strings.noPoint}</span>}
              {ready && 'x' in p && (
                <button
                  type="button"
                  class="do-placemap__show"
                  aria-pressed={selected === p.key}
                  aria-label={`${strings.showOnMap}: ${p.title}`}
                  onClick={() => this.showOnMap(p)}
                >
                  {strings.showOnMap}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  private showOnMap(p: MapPlace) {
    this.setState({ selected: this.state.selected === p.key ? '' : p.key });
    if (this.leaflet) this.leaflet.map.setView([p.lat, p.lon], 16);
  }
}
