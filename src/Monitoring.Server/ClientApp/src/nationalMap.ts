import L from "leaflet";
import { getJson } from "./api";
import { addTiles, legendBox } from "./map";

/** What the national view counts of one Polda's open cases. */
export interface PoldaCount { open: number; unacknowledged: number; escalated: number }

/** A Polda's shade by its open cases; the legend shows the same steps. */
const shade = (n: number) => (n === 0 ? "#1f2a38" : n < 10 ? "#7a5c00" : n < 50 ? "#a33d00" : "#b00020");

/** Indonesia's mainland and islands, for the moment before the outlines arrive. */
const Indonesia: L.LatLngBoundsExpression = [[-11, 95], [6, 141]];

/**
 * Mabes' map of the country: each served Polda's outline shaded by its open cases, and at a point inside it a disc with
 * the count (ringed while any of them is escalated). A click on either opens that Polda's wall.
 */
export class NationalMap {
  private readonly map: L.Map;
  private outlines: L.GeoJSON | null = null;
  private readonly discs = L.layerGroup();
  private readonly discOf = new Map<string, L.Marker>();
  private counts = new Map<string, PoldaCount>();
  private legendBox: HTMLElement | null = null;

  constructor(elementId: string, private readonly open: (poldaId: string) => void) {
    this.map = L.map(elementId, { zoomControl: true, attributionControl: true, preferCanvas: true, maxZoom: 12, zoomSnap: 0.25 })
      .fitBounds(Indonesia);
    this.discs.addTo(this.map);
  }

  async load(): Promise<void> {
    await addTiles(this.map);
    const geo = await getJson<GeoJSON.FeatureCollection>("/api/coverage/areas");
    this.outlines = L.geoJSON(geo, {
      style: () => ({ color: "#5a6b80", weight: 1, fillColor: shade(0), fillOpacity: 0.7 }),
      onEachFeature: (feature, layer) => {
        const id = String(feature.properties?.unitId ?? "");
        layer.on("click", () => this.open(id));
        const at: L.LatLngTuple = [Number(feature.properties?.labelLatitude), Number(feature.properties?.labelLongitude)];
        const disc = L.marker(at, { title: String(feature.properties?.name ?? id), keyboard: false, riseOnHover: true });
        disc.on("click", () => this.open(id));
        this.discOf.set(id, disc);
        this.discs.addLayer(disc);
      },
    }).addTo(this.map);
    this.map.fitBounds(this.outlines.getBounds(), { padding: [10, 10] });
    this.show(this.counts);
  }

  show(counts: Map<string, PoldaCount>): void {
    this.counts = counts;
    const none: PoldaCount = { open: 0, unacknowledged: 0, escalated: 0 };
    this.outlines?.setStyle((feature) => {
      const n = (counts.get(feature?.properties?.unitId) ?? none).open;
      return { color: "#5a6b80", weight: 1, fillColor: shade(n), fillOpacity: n === 0 ? 0.7 : 0.8 };
    });
    for (const [id, disc] of this.discOf) {
      const c = counts.get(id) ?? none;
      disc.setIcon(L.divIcon({
        className: "polda-disc" + (c.escalated > 0 ? " escalated" : "") + (c.open === 0 ? " quiet" : ""),
        // A class, not a style attribute: the Content-Security-Policy admits no inline style.
        html: `<span data-polda="${id.replace(/[^a-z0-9-]/g, "")}">${c.open}</span>`,
        iconSize: [34, 34],
      }));
      // A busy Polda's count above a quiet neighbour's.
      disc.setZIndexOffset(c.open > 0 ? 1000 : 0);
    }
  }

  legend(texts: { load: string; escalated: string; hint: string }): void {
    this.legendBox ??= legendBox(this.map);
    const area = (n: number, text: string) => `<i class="swatch load-${n}"></i>${text}`;
    this.legendBox.innerHTML = `<div class="areas">${texts.load}: ${area(0, "0")}${area(1, "1–9")}${area(3, "10–49")}${area(6, "50+")}</div>`
      + `<ul><li><span class="polda-disc escalated"><span>3</span></span> ${texts.escalated}</li><li>${texts.hint}</li></ul>`;
  }
}
