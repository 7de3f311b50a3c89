import { describe, expect, it } from "vitest";
import { outline, tileSource } from "../gridmap";

describe("网格地图", () => {
  it("turns the registry's [lng, lat] area into Leaflet's [lat, lng]", () => {
    expect(outline([[118.79, 32.02], [118.8, 32.02], [118.8, 32.03]]))
      .toEqual([[32.02, 118.79], [32.02, 118.8], [32.03, 118.8]]);
    expect(outline(null)).toEqual([]);
    expect(outline([[118.79, 32.02]])).toEqual([]);
  });

  it("draws no tiles unless a source is configured", () => {
    expect(tileSource({})).toBeNull();
    expect(tileSource({ VITE_TILE_URL: "  " })).toBeNull();
    expect(tileSource({ VITE_TILE_URL: "https://t{s}.tianditu.gov.cn/x/{z}/{x}/{y}",
      VITE_TILE_ATTRIBUTION: "天地图", VITE_TILE_SUBDOMAINS: "01234567" }))
      .toEqual({ url: "https://t{s}.tianditu.gov.cn/x/{z}/{x}/{y}", attribution: "天地图",
        subdomains: "01234567" });
  });
});
