// The grid's map: the registry draws a grid's area as [lng, lat] pairs in WGS-84 (GeoJSON's
// order), Leaflet wants [lat, lng]; the tile source is the city's choice, or none.

export type LatLng = [number, number];

/** The outline Leaflet draws, from the registry's area (null or too few points: none). */
export function outline(area: number[][] | null | undefined): LatLng[] {
  if (!area || area.length < 3) return [];
  return area.filter((p) => p.length >= 2).map(([lng, lat]) => [lat, lng] as LatLng);
}

export interface TileSource { url: string; attribution: string; subdomains: string }

/** VITE_TILE_URL (a {z}/{x}/{y} template: 天地图 with its key, or the city's own tiles, in
 *  WGS-84/CGCS2000 as the grids are; a GCJ-02 source would put the outlines hundreds of metres
 *  off). Unset: no tiles at all, the outlines alone; tests and CI never fetch tiles. */
export function tileSource(env: Record<string, string | boolean | undefined>): TileSource | null {
  const url = typeof env.VITE_TILE_URL === "string" ? env.VITE_TILE_URL.trim() : "";
  if (!url) return null;
  return { url, attribution: String(env.VITE_TILE_ATTRIBUTION ?? ""),
    subdomains: String(env.VITE_TILE_SUBDOMAINS ?? "abc") };
}
