import { describe, expect, it } from "vitest";
import { gcj02ToWgs84, metres, outOfChina, wgs84ToGcj02 } from "../coords";

// 大中街道's part of the city (Nanjing's Qinhuai district in the seeds) and a point abroad.
const NANJING = { lat: 32.0287, lng: 118.7969 };
const PARIS = { lat: 48.8566, lng: 2.3522 };

describe("GCJ-02", () => {
  it("offsets a point in China by a few hundred metres", () => {
    const shifted = wgs84ToGcj02(NANJING);
    const d = metres(NANJING, shifted);
    expect(d).toBeGreaterThan(100);
    expect(d).toBeLessThan(1000);
  });

  it("converts back to WGS-84 within a metre", () => {
    for (const p of [NANJING, { lat: 39.9075, lng: 116.39723 }, { lat: 22.5431, lng: 114.0579 }]) {
      expect(metres(p, gcj02ToWgs84(wgs84ToGcj02(p)))).toBeLessThan(1);
    }
  });

  it("leaves points outside China as they are", () => {
    expect(outOfChina(PARIS)).toBe(true);
    expect(wgs84ToGcj02(PARIS)).toEqual(PARIS);
    expect(gcj02ToWgs84(PARIS)).toEqual(PARIS);
  });
});
