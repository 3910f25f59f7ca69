import type { Unit } from "./api";
import type { Me } from "./auth";

/**
 * Which wall the page shows: one Polda's (with a way back when the signed-in person watches the nation), the national
 * view of every Polda served, or a refusal to say in words. The server refuses the same (the areas and the feed of a
 * Polda outside the grant): this only spares the room a dead page.
 */
export type WallChoice =
  | { kind: "polda"; polda: Unit; asked: boolean; national: boolean }
  | { kind: "national"; poldas: Unit[] }
  | { kind: "refused"; reason: "unknownPolda" | "outsidePolda"; asked: string; own: Unit | null };

/** The Polda on a unit's chain (itself, if it is one); null for Mabes, no unit or one the tree does not know. */
export function poldaOf(unitId: string | null, units: Map<string, Unit>): Unit | null {
  for (let u = unitId ? units.get(unitId) : undefined; u; u = u.parentId ? units.get(u.parentId) : undefined)
    if (u.level === "polda") return u;
  return null;
}

export function chooseWall(me: Me | null, units: Map<string, Unit>, asked: string | null): WallChoice {
  const poldas = [...units.values()].filter((u) => u.level === "polda").sort((a, b) => a.name.localeCompare(b.name));
  const own = poldaOf(me?.unitId ?? null, units);
  const national = own === null && poldas.length > 1;
  if (asked) {
    const polda = units.get(asked);
    if (polda?.level !== "polda") return { kind: "refused", reason: "unknownPolda", asked, own };
    if (own && own.unitId !== polda.unitId) return { kind: "refused", reason: "outsidePolda", asked: polda.name, own };
    return { kind: "polda", polda, asked: true, national };
  }
  if (own) return { kind: "polda", polda: own, asked: false, national: false };
  return national ? { kind: "national", poldas } : { kind: "polda", polda: poldas[0], asked: false, national: false };
}
