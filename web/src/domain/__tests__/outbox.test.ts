// @vitest-environment jsdom
// The outbox against a stand-in for the tickets service: a report is posted once;
// one whose earlier post lost its answer is looked for first and not filed again.
import { beforeEach, describe, expect, it } from "vitest";
import { type Api, type Report, enqueue, flush, outbox } from "../outbox";

type Filed = Awaited<ReturnType<Api["since"]>>[number];

const PERSON = "01956f3a-004c-7c3e-9a41-6d2b8e0f004c";
const BODY: Report = { channel: "patrol", appeal_kind: "help", category: "environment",
  title: "地下车库积水", description: "", accept: false, location: { lat: 32.025, lng: 118.795 } };

/** A stand-in for the tickets service: what was posted, and what it already holds. */
function server(filed: Filed[]): Api & { posts: Report[] } {
  const posts: Report[] = [];
  return {
    posts,
    async post(body) {
      posts.push(body);
      return { data: { number: `DZ-2026-00000${posts.length}`, title: body.title },
        response: { status: 201 } };
    },
    async since() { return filed; },
  };
}

describe("离线待发", () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.setItem("redgrid.session", JSON.stringify({ access_token: "t", name: "王芳",
      roles: ["grid_worker"], person_id: PERSON }));
    outbox.sent.splice(0);
  });

  it("sends a kept report once, and a second flush sends nothing", async () => {
    const api = server([]);
    enqueue(BODY, PERSON);
    await flush(api);
    await flush(api);
    expect(api.posts).toHaveLength(1);
    expect(outbox.sent.map((s) => s.number)).toEqual(["DZ-2026-000001"]);
    expect(localStorage.getItem("redgrid.outbox")).toBe("[]");
  });

  it("does not file again a report whose earlier post lost its answer but arrived", async () => {
    const api = server([{ number: "DZ-2026-000007", title: BODY.title, lat: 32.025,
      lng: 118.795 }]);
    const q = enqueue(BODY, PERSON);
    localStorage.setItem("redgrid.outbox", JSON.stringify([{ ...q, tried: true }]));
    await flush(api);
    expect(api.posts).toHaveLength(0);
    expect(outbox.sent.map((s) => s.number)).toEqual(["DZ-2026-000007"]);
  });

  it("sends nobody else's kept report", async () => {
    const api = server([]);
    enqueue(BODY, "someone-else");
    await flush(api);
    expect(api.posts).toHaveLength(0);
    expect(JSON.parse(localStorage.getItem("redgrid.outbox") ?? "[]")).toHaveLength(1);
  });
});
