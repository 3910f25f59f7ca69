import L from "leaflet";
import { getJson, type CaseSummary } from "./api";

/** A Polsek's shade by its open cases; the legend shows the same steps. */
const shade = (n: number) => (n === 0 ? "#1f2a38" : n < 3 ? "#7a5c00" : n < 6 ? "#a33d00" : "#b00020");

interface UiConfig { tileUrl: string | null; tileAttribution: string | null }

/** A map of the coverage areas, shaded by load, with case markers; no tile server needed. */
export class CoverageMap {
  private readonly map: L.Map;
  private readonly markers = L.layerGroup();
  private areas: L.GeoJSON | null = null;
  private bounds: L.LatLngBounds | null = null;
  private readonly byCase = new Map<string, { marker: L.Marker; look: string }>();
  private caseClicked: ((caseId: string) => void) | null = null;
  private focused: string | null = null;
  private legendBox: HTMLElement | null = null;

  constructor(elementId: string, onClick?: (lat: number, lng: number) => void) {
    this.map = L.map(elementId, { zoomControl: true, attributionControl: true, preferCanvas: true }).setView([-6.22, 106.85], 10);
    this.markers.addTo(this.map);
    if (onClick) this.map.on("click", (e: L.LeafletMouseEvent) => onClick(e.latlng.lat, e.latlng.lng));
  }

  async load(): Promise<void> {
    const config = await getJson<UiConfig>("/api/ui/config");
    if (config.tileUrl) L.tileLayer(config.tileUrl, { attribution: config.tileAttribution ?? "" }).addTo(this.map);
    const geo = await getJson<GeoJSON.FeatureCollection>("/api/coverage/areas");
    this.areas = L.geoJSON(geo, { style: () => ({ color: "#5a6b80", weight: 1, fillColor: "#1f2a38", fillOpacity: 0.6 }) }).addTo(this.map);
    const mainland = L.geoJSON(geo, { filter: (f) => !String(f.properties?.unitId ?? "").startsWith("polsek-kepulauan") });
    this.bounds = mainland.getBounds();
    this.map.fitBounds(this.bounds, { padding: [10, 10] });
  }

  /** Shades each Polsek by the open cases assigned to it and draws a marker per case, pulsing while escalated. Markers
   * stay from one batch to the next and change only where their case did, so a busy wall does not rebuild the map. */
  show(cases: CaseSummary[]): void {
    const load = new Map<string, number>();
    for (const c of cases) load.set(c.assignedUnitId, (load.get(c.assignedUnitId) ?? 0) + 1);
    this.areas?.setStyle((feature) => {
      const n = load.get(feature?.properties?.unitId) ?? 0;
      return { fillColor: shade(n), fillOpacity: n === 0 ? 0.6 : 0.75 };
    });
    const shown = new Set<string>();
    for (const c of cases) {
      shown.add(c.caseId);
      const look = `${c.priority}/${c.escalationLevel > 0}/${c.caseId === this.focused ? "f" : ""}`;
      const held = this.byCase.get(c.caseId);
      if (held && held.look === look) {
        held.marker.setLatLng([c.location.latitude, c.location.longitude]);
        continue;
      }
      const icon = L.divIcon({
        className: "case-marker" + (c.escalationLevel > 0 ? " pulsing" : "") + (c.caseId === this.focused ? " focused" : ""),
        // A class, not a style attribute: the Content-Security-Policy admits no inline style (site.css colours them).
        html: `<span class="${/^P[1-3]$/.test(c.priority) ? c.priority : ""}"></span>`,
        iconSize: [18, 18],
      });
      if (held) { held.marker.setIcon(icon).setLatLng([c.location.latitude, c.location.longitude]); held.look = look; continue; }
      const marker = L.marker([c.location.latitude, c.location.longitude], { icon, title: c.caseId, keyboard: false }).addTo(this.markers);
      marker.on("click", () => this.caseClicked?.(c.caseId));
      this.byCase.set(c.caseId, { marker, look });
    }
    for (const [caseId, held] of this.byCase) {
      if (shown.has(caseId)) continue;
      this.markers.removeLayer(held.marker);
      this.byCase.delete(caseId);
    }
  }

  /** What a click on a case's marker does (the wall opens the case). */
  onCase(handler: (caseId: string) => void): void {
    this.caseClicked = handler;
  }

  /** Brings one case into view and rings its marker; null goes back to the whole Polda. */
  focusCase(c: { caseId: string; location: { latitude: number; longitude: number } } | null): void {
    const before = this.focused;
    this.focused = c?.caseId ?? null;
    for (const id of [before, this.focused]) {
      const el = id ? this.byCase.get(id)?.marker.getElement() : undefined;
      el?.classList.toggle("focused", id === this.focused);
      const held = id ? this.byCase.get(id) : undefined;
      if (held) held.look = "";
    }
    if (c) this.map.setView([c.location.latitude, c.location.longitude], Math.max(this.map.getZoom(), 13));
    else if (this.bounds) this.map.fitBounds(this.bounds, { padding: [10, 10] });
  }

  /** The key to the colours and shades, in the page's language; texts are asked again on a change of language. */
  legend(texts: { p1: string; p2: string; p3: string; escalated: string; load: string }): void {
    this.legendBox ??= (() => {
      const box = L.DomUtil.create("div", "map-legend");
      box.id = "map-legend";
      // Top right: the alarm list lies over the map's lower left.
      const control = new L.Control({ position: "topright" });
      control.onAdd = () => box;
      control.addTo(this.map);
      return box;
    })();
    const dot = (cls: string, text: string) => `<li><span class="case-marker"><span class="${cls}"></span></span> ${text}</li>`;
    const area = (n: number, text: string) => `<i class="swatch load-${n}"></i>${text}`;
    this.legendBox.innerHTML = `<ul>${dot("P1", texts.p1)}${dot("P2", texts.p2)}${dot("P3", texts.p3)}`
      + `<li><span class="case-marker pulsing"><span class="P1"></span></span> ${texts.escalated}</li></ul>`
      + `<div class="areas">${texts.load}: ${area(0, "0")}${area(1, "1–2")}${area(3, "3–5")}${area(6, "6+")}</div>`;
  }

  mark(lat: number, lng: number): void {
    this.markers.clearLayers();
    this.byCase.clear();
    L.circleMarker([lat, lng], { radius: 8, color: "#ff3b30" }).addTo(this.markers);
  }

  zoomTo(lat: number, lng: number): void {
    this.map.setView([lat, lng], 14);
  }
}

/** Brings a chosen place into view, close enough to tell its streets. */
export function focusOn(map: CoverageMap, lat: number, lng: number): void {
  map.mark(lat, lng);
  map.zoomTo(lat, lng);
}
