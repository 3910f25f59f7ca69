import L from "leaflet";
import { getJson, type CaseSummary } from "./api";

interface UiConfig { tileUrl: string | null; tileAttribution: string | null }

/** A map of the coverage areas, shaded by load, with case markers; no tile server needed. */
export class CoverageMap {
  private readonly map: L.Map;
  private readonly markers = L.layerGroup();
  private areas: L.GeoJSON | null = null;

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
    this.map.fitBounds(mainland.getBounds(), { padding: [10, 10] });
  }

  /** Shades each Polsek by the open cases assigned to it and draws a marker per case, pulsing while escalated. */
  show(cases: CaseSummary[]): void {
    const load = new Map<string, number>();
    for (const c of cases) load.set(c.assignedUnitId, (load.get(c.assignedUnitId) ?? 0) + 1);
    this.areas?.setStyle((feature) => {
      const n = load.get(feature?.properties?.unitId) ?? 0;
      return { fillColor: n === 0 ? "#1f2a38" : n < 3 ? "#7a5c00" : n < 6 ? "#a33d00" : "#b00020", fillOpacity: n === 0 ? 0.6 : 0.75 };
    });
    this.markers.clearLayers();
    for (const c of cases) {
      const icon = L.divIcon({
        className: "case-marker" + (c.escalationLevel > 0 ? " pulsing" : ""),
        // A class, not a style attribute: the Content-Security-Policy admits no inline style (site.css colours them).
        html: `<span class="${/^P[1-3]$/.test(c.priority) ? c.priority : ""}"></span>`,
        iconSize: [18, 18],
      });
      L.marker([c.location.latitude, c.location.longitude], { icon, title: c.caseId }).addTo(this.markers);
    }
  }

  mark(lat: number, lng: number): void {
    this.markers.clearLayers();
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
