// Coordinates: the grids are drawn in WGS-84 (what GPS and the W3C Geolocation API give); Chinese
// map SDKs and many Chinese phones' location services give GCJ-02, the mandated offset system.
// A point from such a source is converted before it is sent (the usual iterative inverse of the
// published forward formula, within a metre inside China; points outside China are not offset).

const A = 6378245.0; // Krasovsky 1940 semi-major axis, as GCJ-02 uses
const EE = 0.00669342162296594323;

export interface Point { lat: number; lng: number }

export function outOfChina({ lat, lng }: Point): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offset(lat: number, lng: number): Point {
  const x = lng - 105.0, y = lat - 35.0;
  let dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  dLat += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  dLat += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  let dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLng += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  dLng += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  dLng += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lat: (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
    lng: (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
  };
}

/** WGS-84 → GCJ-02 (the forward formula). */
export function wgs84ToGcj02(p: Point): Point {
  if (outOfChina(p)) return { ...p };
  const d = offset(p.lat, p.lng);
  return { lat: p.lat + d.lat, lng: p.lng + d.lng };
}

/** GCJ-02 → WGS-84: iterate the forward formula until it lands on the given point. */
export function gcj02ToWgs84(p: Point): Point {
  if (outOfChina(p)) return { ...p };
  let guess = { lat: p.lat, lng: p.lng };
  for (let i = 0; i < 10; i++) {
    const there = wgs84ToGcj02(guess);
    const dLat = there.lat - p.lat, dLng = there.lng - p.lng;
    guess = { lat: guess.lat - dLat, lng: guess.lng - dLng };
    if (Math.abs(dLat) < 1e-9 && Math.abs(dLng) < 1e-9) break;
  }
  return guess;
}

/** Metres between two points (haversine), for tests and "nearby" wording. */
export function metres(a: Point, b: Point): number {
  const R = 6371008.8, rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
