// The desk console's routes (issue 24), under /desk/ where notices link (/desk/tickets/{id}):
// every page a lazy chunk, so Element Plus and ECharts load only when a desk page opens.
import type { RouteRecordRaw } from "vue-router";

export const deskRoutes: RouteRecordRaw[] = [{
  path: "/desk", component: () => import("./DeskLayout.vue"), meta: { login: true, desk: true },
  children: [
    { path: "", redirect: "/desk/tickets" },
    { path: "tickets", name: "desk-tickets", component: () => import("./TicketQueue.vue"),
      meta: { title: "民情工单" } },
    { path: "tickets/:id", name: "desk-ticket", component: () => import("./TicketFile.vue"),
      meta: { title: "一号一档" }, props: true },
    { path: "orders", name: "desk-orders", component: () => import("./OrdersPage.vue"),
      meta: { title: "服务订单" } },
    { path: "orders/:id", name: "desk-order", component: () => import("./OrderFile.vue"),
      meta: { title: "订单详情" }, props: true },
    { path: "figures", name: "desk-figures", component: () => import("./FiguresPage.vue"),
      meta: { title: "驾驶舱" } },
    { path: "posts", name: "desk-posts", component: () => import("./posts/PostsPage.vue"),
      meta: { title: "服务岗位与排班" } },
    { path: "catalogue", name: "desk-catalogue", component: () => import("./catalogue/CataloguePage.vue"),
      meta: { title: "目录与日历" } },
    // 批量导入 (offices): people, co-building units and grids from the xlsx template, with a dry run
    { path: "imports", name: "desk-imports", component: () => import("./ImportsPage.vue"),
      meta: { title: "批量导入" } },
    { path: "grids", name: "desk-grids", component: () => import("./GridsPage.vue"),
      meta: { title: "网格管理" } },
    { path: "registry", name: "desk-registry", component: () => import("./RostersPage.vue"),
      meta: { title: "人员与单位" } },
    // 三张清单; notices link a need (/desk/needs/{id}): its claims in the page's drawer
    { path: "lists", name: "desk-lists", component: () => import("./ListsPage.vue"),
      meta: { title: "三张清单" } },
    { path: "needs/:id", name: "desk-need", component: () => import("./ListsPage.vue"),
      meta: { title: "三张清单" }, props: true }, // a notice's link: the need's claims
    { path: ":rest(.*)*", redirect: "/desk/tickets" },
  ],
}];
