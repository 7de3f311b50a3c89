// @vitest-environment jsdom
import { flushPromises, mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { Button, Cell, CellGroup } from "vant";
import HomePage from "../HomePage.vue";

describe("首页", () => {
  it("asks a visitor to log in through the city's identity provider", async () => {
    sessionStorage.clear();
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: "/", component: HomePage }] });
    await router.push("/");
    const page = mount(HomePage, { global: { plugins: [router, Button, Cell, CellGroup] } });
    expect(page.text()).toContain("请先登录");
    expect(page.find("button").text()).toBe("统一身份认证登录");
    expect(page.text()).not.toContain("我的通知");
  });

  it("greets a person logged in, by name and role, with their shortcuts", async () => {
    sessionStorage.setItem("redgrid.session", JSON.stringify({
      access_token: "t", name: "王芳", roles: ["grid_worker"], org_name: "育红第一网格党支部" }));
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: "/", component: HomePage },
      { path: "/m/:rest(.*)", component: HomePage }] });
    await router.push("/");
    const page = mount(HomePage, { global: { plugins: [router, Button, Cell, CellGroup] } });
    expect(page.text()).toContain("您好，王芳");
    expect(page.text()).toContain("网格员");
    expect(page.text()).toContain("网格待办");
    expect(page.text()).not.toContain("工作台"); // the desk is the offices'
    sessionStorage.clear();
  });

  it("shows an office the way to the desk console", async () => {
    sessionStorage.setItem("redgrid.session", JSON.stringify({
      access_token: "t", name: "于红", roles: ["community_admin"], org_name: "育红社区党委" }));
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: "/", component: HomePage },
      { path: "/m/:rest(.*)", component: HomePage }, { path: "/desk/:rest(.*)", component: HomePage }] });
    await router.push("/");
    const page = mount(HomePage, { global: { plugins: [router, Button, Cell, CellGroup] } });
    const desk = page.findAll(".van-cell").find((c) => c.text().includes("工作台"));
    expect(desk).toBeDefined();
    await desk!.trigger("click");
    await flushPromises();
    expect(router.currentRoute.value.path).toBe("/desk/tickets");
    sessionStorage.clear();
  });
});
