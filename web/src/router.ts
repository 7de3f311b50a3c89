// The phone pages' routes. Notices link here (docs/notifications.md: /m/tickets/{id},
// /m/orders/{id}); a page that needs a login sends the person to the home page first.
import { createRouter, createWebHistory, type RouteRecordRaw } from "vue-router";
import { current } from "./session";
import { deskRoutes } from "./desk/routes";

const routes: RouteRecordRaw[] = [
  { path: "/", name: "home", component: () => import("./pages/HomePage.vue") },
  { path: "/m/report", name: "report", component: () => import("./pages/ReportPage.vue"),
    meta: { login: true, title: "我要反映" } },
  { path: "/m/tickets", name: "my-tickets", component: () => import("./pages/MyTickets.vue"),
    meta: { login: true, title: "我的诉求" } },
  { path: "/m/tickets/:id", name: "ticket", component: () => import("./pages/TicketPage.vue"),
    meta: { login: true, title: "诉求详情" }, props: true },
  { path: "/m/grid", name: "grid-queue", component: () => import("./pages/GridQueue.vue"),
    meta: { login: true, title: "网格待办" } },
  // the grid's map (phone pages)
  { path: "/m/grid/map", name: "grid-map", component: () => import("./pages/GridMap.vue"),
    meta: { login: true, title: "网格地图" } },
  { path: "/m/visits/new", name: "log-visit", component: () => import("./pages/VisitPage.vue"),
    meta: { login: true, title: "登记六上门" } },
  { path: "/m/orders", name: "my-orders", component: () => import("./pages/MyOrders.vue"),
    meta: { login: true, title: "我的服务单" } },
  { path: "/m/orders/:id", redirect: "/m/orders" },
  { path: "/m/record", name: "my-record", component: () => import("./pages/MyRecord.vue"),
    meta: { login: true, title: "时长积分与岗位" } },
  // a resident's 五单制 orders (居民点单, 民意评单) and the community's boards
  { path: "/m/service", name: "my-service", component: () => import("./pages/ServiceOrders.vue"),
    meta: { login: true, title: "我的点单" } },
  { path: "/m/service/new", name: "place-order", component: () => import("./pages/ServiceOrderForm.vue"),
    meta: { login: true, title: "我要点单" } },
  { path: "/m/notices", name: "notice-board", component: () => import("./pages/NoticeBoard.vue"),
    meta: { login: true, title: "公示栏" } },
  { path: "/m/board", name: "lists-board", component: () => import("./pages/ListsBoard.vue"),
    meta: { login: true, title: "需求和项目" } },
  ...deskRoutes, // the desk console (web/src/desk/)
  { path: "/:rest(.*)*", redirect: "/" },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.login && !current()) return { name: "home", query: { next: to.fullPath } };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title as string} · 红网格` : "红网格";
});
