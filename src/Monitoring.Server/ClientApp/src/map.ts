import L from "leaflet";
// Leaflet puts itself on window.L, where the plugin looks for it: imported after it, never before.
import "leaflet.markercluster";
import { getJson, type CaseSummary } from "./api";

/** A Polsek's shade by its open cases; the legend shows the same steps. */
const shade = (n: number) => (n === 0 ? "#1f2a38" : n < 3 ? "#7a5c00" : n < 6 ? "#a33d00" : "#b00020");

/** What a case's marker shows, kept so its cluster can show the most urgent of its cases. */
interface Held { marker: L.Marker; look: string; priority: string; escalated: boolean; callers: number }

/** An open case the intake offers to link the call to, where it is on the map. */
export interface CandidateSpot { caseId: string; latitude: number; longitude: number; callerCount: number }

const rank = (priority: string) => (/^P[1-3]$/.test(priority) ? Number(priority[1]) : 9);

interface UiConfig { tileUrl: string | null; tileAttribution: string | null }

/** The configured tile server under a map, if any: the maps need none. */
export async function addTiles(map: L.Map): Promise<void> {
  const config = await getJson<UiConfig>("/api/ui/config");
  if (config.tileUrl) L.tileLayer(config.tileUrl, { attribution: config.tileAttribution ?? "" }).addTo(map);
}

/** A map of the coverage areas, shaded by load, with case markers; no tile server needed. */
export class CoverageMap {
  private readonly map: L.Map;
  /** Cases close together at this zoom are one disc with their count, coloured by the most urgent of them and pulsing
   * while any is escalated; from street level every case stands alone. */
  private readonly markers = L.markerClusterGroup({
    animate: false, showCoverageOnHover: false, spiderfyOnMaxZoom: true, maxClusterRadius: 40, disableClusteringAtZoom: 13,
    iconCreateFunction: (cluster) => this.clusterIcon(cluster),
  });
  private readonly pin = L.layerGroup();
  private readonly spot = L.layerGroup();
  private readonly candidateSpots = L.layerGroup();
  private candidateIds = "";
  /** A ring around each surging area, as wide whatever the zoom: a small Polsek's red edge hides under its own cases' disc. */
  private readonly rings = L.layerGroup();
  private areas: L.GeoJSON | null = null;
  private bounds: L.LatLngBounds | null = null;
  private readonly byCase = new Map<string, Held>();
  private readonly heldBy = new WeakMap<L.Marker, Held>();
  private caseClicked: ((caseId: string) => void) | null = null;
  private focused: string | null = null;
  private legendBox: HTMLElement | null = null;
  private readonly loadBy = new Map<string, number>();
  private surging: ReadonlySet<string> = new Set();

  constructor(private readonly elementId: string, onClick?: (lat: number, lng: number) => void) {
    // A highest zoom the clusters are built down from: with no tile layer Leaflet would have none.
    this.map = L.map(elementId, { zoomControl: true, attributionControl: true, preferCanvas: true, maxZoom: 18 }).setView([-6.22, 106.85], 10);
    this.markers.addTo(this.map);
    this.pin.addTo(this.map);
    this.spot.addTo(this.map);
    this.candidateSpots.addTo(this.map);
    this.rings.addTo(this.map);
    if (onClick) this.map.on("click", (e: L.LeafletMouseEvent) => onClick(e.latlng.lat, e.latlng.lng));
  }

  /** The coverage of one Polda, fitted to it; without one, the deployment's (the intake's map). */
  async load(polda?: string): Promise<void> {
    await addTiles(this.map);
    const geo = await getJson<GeoJSON.FeatureCollection>("/api/coverage/areas" + (polda ? `?polda=${encodeURIComponent(polda)}` : ""));
    // The areas drawn, for whoever checks: the map draws on a canvas, which shows no element per area.
    document.getElementById(this.elementId)!.dataset.areas = String(geo.features.length);
    this.areas = L.geoJSON(geo, { style: () => ({ color: "#5a6b80", weight: 1, fillColor: "#1f2a38", fillOpacity: 0.6 }) }).addTo(this.map);
    const mainland = L.geoJSON(geo, { filter: (f) => !String(f.properties?.unitId ?? "").startsWith("polsek-kepulauan") });
    this.bounds = mainland.getBounds();
    this.map.fitBounds(this.bounds, { padding: [10, 10] });
  }

  /** Shades each Polsek by the open cases assigned to it and draws a marker per case, pulsing while escalated. Markers
   * stay from one batch to the next and change only where their case did, so a busy wall does not rebuild the map. */
  show(cases: CaseSummary[]): void {
    this.loadBy.clear();
    for (const c of cases) this.loadBy.set(c.assignedUnitId, (this.loadBy.get(c.assignedUnitId) ?? 0) + 1);
    this.restyle();
    const shown = new Set<string>();
    const changed: L.Marker[] = [];
    for (const c of cases) {
      shown.add(c.caseId);
      const escalated = c.escalationLevel > 0;
      const callers = c.callerCount ?? 1;
      const look = `${c.priority}/${escalated}/${callers}/${c.caseId === this.focused ? "f" : ""}`;
      const at: L.LatLngTuple = [c.location.latitude, c.location.longitude];
      const held = this.byCase.get(c.caseId);
      if (held) {
        // Moving a clustered marker takes it out of its cluster and puts it back, which redraws a spread cluster under the
        // pointer: only a case whose place changed is moved.
        const was = held.marker.getLatLng();
        if (was.lat !== at[0] || was.lng !== at[1]) held.marker.setLatLng(at);
        if (held.look === look) continue;
        Object.assign(held, { look, priority: c.priority, escalated, callers });
        held.marker.setIcon(this.icon(c.caseId, held));
        changed.push(held.marker);
        continue;
      }
      const marker = L.marker(at, { title: c.caseId, keyboard: false });
      const fresh: Held = { marker, look, priority: c.priority, escalated, callers };
      marker.setIcon(this.icon(c.caseId, fresh));
      marker.on("click", () => this.caseClicked?.(c.caseId));
      this.byCase.set(c.caseId, fresh);
      this.heldBy.set(marker, fresh);
      this.markers.addLayer(marker);
    }
    for (const [caseId, held] of this.byCase) {
      if (shown.has(caseId)) continue;
      this.markers.removeLayer(held.marker);
      this.byCase.delete(caseId);
    }
    // A cluster draws its disc once: a case inside it that changed priority or escalated must redraw it.
    if (changed.length > 0) this.markers.refreshClusters(changed);
  }

  private icon(caseId: string, held: Held): L.DivIcon {
    return L.divIcon({
      className: "case-marker" + (held.escalated ? " pulsing" : "") + (caseId === this.focused ? " focused" : ""),
      // A class, not a style attribute: the Content-Security-Policy admits no inline style (site.css colours them).
      // One incident many called about is one marker, counting its callers.
      html: `<span class="${rank(held.priority) < 9 ? held.priority : ""}"></span>${held.callers > 1 ? `<b class="callers">${held.callers}</b>` : ""}`,
      iconSize: [18, 18],
    });
  }

  private clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
    const cases = cluster.getAllChildMarkers().map((m) => this.heldBy.get(m)).filter((h): h is Held => h !== undefined);
    const top = Math.min(9, ...cases.map((h) => rank(h.priority)));
    const escalated = cases.some((h) => h.escalated);
    return L.divIcon({
      className: "case-cluster" + (escalated ? " pulsing" : ""),
      html: `<span class="${top < 9 ? `P${top}` : ""}">${cluster.getChildCount()}</span>`,
      iconSize: [40, 40],
    });
  }

  /**
   * Edges the areas of the Polsek with a surge standing in red and rings each; their ids are on the map's element for whoever
   * checks. A new ring that the map's lowest coveredBelow pixels would hide (the wall's alarm list lies there) is
   * panned into the part the room sees; the map moves only then, never under the room's eyes for anything else.
   */
  highlight(unitIds: ReadonlySet<string>, coveredBelow = 0): void {
    const element = document.getElementById(this.elementId)!;
    const ids = [...unitIds].sort().join(" ");
    if ((element.dataset.surging ?? "") === ids) return;
    this.surging = unitIds;
    element.dataset.surging = ids;
    const before = new Set(this.rings.getLayers());
    this.restyle();
    const added = this.rings.getLayers().filter((ring) => !before.has(ring));
    // The page settles its header after the map was made, so Leaflet's size may be stale: a pan from it would miss.
    if (added.length > 0) this.map.invalidateSize({ pan: false });
    // Past the ring's radius and glow, and the few pixels the counters above may still push the map down by.
    for (const ring of added)
      this.map.panInside((ring as L.Marker).getLatLng(), { paddingTopLeft: [100, 100], paddingBottomRight: [100, coveredBelow + 100], animate: false });
  }

  private restyle(): void {
    this.areas?.setStyle((feature) => {
      const unitId = feature?.properties?.unitId;
      const n = this.loadBy.get(unitId) ?? 0;
      const surging = this.surging.has(unitId);
      return { fillColor: shade(n), fillOpacity: n === 0 ? 0.6 : 0.75, color: surging ? "#ff3b30" : "#5a6b80", weight: surging ? 4 : 1 };
    });
    // Drawn last, a red edge is not hidden under its neighbours' grey ones.
    const ringed = new Set<string>();
    this.areas?.eachLayer((layer) => {
      const unitId = (layer as L.Path & { feature?: GeoJSON.Feature }).feature?.properties?.unitId;
      if (!this.surging.has(unitId)) return;
      (layer as L.Path).bringToFront();
      ringed.add(unitId);
      if (!this.ringOf(unitId)) this.rings.addLayer(this.ring(unitId, (layer as L.Polygon).getBounds().getCenter()));
    });
    for (const layer of this.rings.getLayers()) if (!ringed.has((layer as L.Marker & { unitId?: string }).unitId ?? "")) this.rings.removeLayer(layer);
  }

  private ringOf(unitId: string): L.Layer | undefined {
    return this.rings.getLayers().find((l) => (l as L.Marker & { unitId?: string }).unitId === unitId);
  }

  /** Under the case markers and clusters, which stay clickable inside it. */
  private ring(unitId: string, at: L.LatLng): L.Marker {
    const marker = L.marker(at, {
      interactive: false, keyboard: false, zIndexOffset: -1000,
      icon: L.divIcon({ className: "surge-ring", html: `<span data-surge-ring="${unitId.replace(/[^a-z0-9-]/g, "")}"></span>`, iconSize: [96, 96] }),
    });
    return Object.assign(marker, { unitId });
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
      const held = id ? this.byCase.get(id) : undefined;
      if (!held || !id) continue;
      held.marker.setIcon(this.icon(id, held));
    }
    // Street level, where no case is folded into a cluster. Without animation: Leaflet ignores a zoom asked for while one
    // is still animating, so a panel closed quickly after it opened would leave the map on the closed case.
    if (c) this.map.setView([c.location.latitude, c.location.longitude], Math.max(this.map.getZoom(), 13), { animate: false });
    else if (this.bounds) this.map.fitBounds(this.bounds, { padding: [10, 10], animate: false });
  }

  /** The key to the colours and shades, in the page's language; texts are asked again on a change of language. */
  legend(texts: { p1: string; p2: string; p3: string; escalated: string; cluster: string; callers: string; load: string }): void {
    this.legendBox ??= legendBox(this.map);
    const dot = (cls: string, text: string) => `<li><span class="case-marker"><span class="${cls}"></span></span> ${text}</li>`;
    const area = (n: number, text: string) => `<i class="swatch load-${n}"></i>${text}`;
    this.legendBox.innerHTML = `<ul>${dot("P1", texts.p1)}${dot("P2", texts.p2)}${dot("P3", texts.p3)}`
      + `<li><span class="case-marker pulsing"><span class="P1"></span></span> ${texts.escalated}</li>`
      + `<li><span class="case-marker"><span class="P2"></span><b class="callers">2</b></span> ${texts.callers}</li>`
      + `<li><span class="case-cluster"><span class="P2">3</span></span> ${texts.cluster}</li></ul>`
      + `<div class="areas">${texts.load}: ${area(0, "0")}${area(1, "1–2")}${area(3, "3–5")}${area(6, "6+")}</div>`;
  }

  /** The intake's link candidates, each a square with its callers; the chosen one ringed. A click on one picks it. A new set
   * is brought into view with the call's own point, close enough to tell them apart; the same set said again stays put. */
  candidates(found: CandidateSpot[], chosen: string | null, pick: (caseId: string) => void, call: L.LatLngTuple | null = null): void {
    const ids = found.map((c) => c.caseId).join(" ");
    if (ids !== this.candidateIds && found.length > 0) {
      const around = L.latLngBounds(found.map((c): L.LatLngTuple => [c.latitude, c.longitude]));
      if (call) { around.extend(call); this.mark(call[0], call[1]); }
      this.map.fitBounds(around.pad(0.5), { maxZoom: 16, animate: false });
    }
    this.candidateIds = ids;
    this.candidateSpots.clearLayers();
    for (const c of found) {
      const marker = L.marker([c.latitude, c.longitude], {
        title: c.caseId, keyboard: false,
        icon: L.divIcon({ className: "candidate-marker" + (c.caseId === chosen ? " chosen" : ""), html: `<span>${Number(c.callerCount)}</span>`, iconSize: [22, 22] }),
      });
      marker.on("click", () => pick(c.caseId));
      this.candidateSpots.addLayer(marker);
    }
  }

  /** The network's or the handset's position of the call on the line, with the circle it may lie anywhere in; null clears it. */
  network(at: { latitude: number; longitude: number; radiusMeters: number } | null): void {
    this.spot.clearLayers();
    if (!at) return;
    const circle = L.circle([at.latitude, at.longitude], { radius: at.radiusMeters, color: "#2f9bff", weight: 2, fillOpacity: 0.12 });
    circle.addTo(this.spot);
    L.circleMarker([at.latitude, at.longitude], { radius: 5, color: "#2f9bff", fillOpacity: 1, className: "network-spot" }).addTo(this.spot);
    this.map.fitBounds(circle.getBounds().pad(0.3), { maxZoom: 16, animate: false });
  }

  mark(lat: number, lng: number): void {
    this.pin.clearLayers();
    L.circleMarker([lat, lng], { radius: 8, color: "#ff3b30" }).addTo(this.pin);
  }

  zoomTo(lat: number, lng: number): void {
    this.map.setView([lat, lng], 14);
  }
}

/** The box a map's key is written into, at its top right: the wall's alarm list lies over the map's lower left. */
export function legendBox(map: L.Map): HTMLElement {
  const box = L.DomUtil.create("div", "map-legend");
  box.id = "map-legend";
  const control = new L.Control({ position: "topright" });
  control.onAdd = () => box;
  control.addTo(map);
  return box;
}

/** Brings a chosen place into view, close enough to tell its streets. */
export function focusOn(map: CoverageMap, lat: number, lng: number): void {
  map.mark(lat, lng);
  map.zoomTo(lat, lng);
}
