// The web app's build, and make dev's one origin: `vite preview` serves the built app and
// forwards /api/<service>/… to each service with the prefix stripped, as the cluster's Ingress
// does (the services are told their prefix: REDGRID_ROOT_PATH). Ports from the environment,
// the same settings make dev reads (REDGRID_<SERVICE>_PORT).
import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

const SERVICES = { registry: 8001, tickets: 8002, matching: 8003, lists: 8004, notifications: 8005 };

function proxy() {
  return Object.fromEntries(Object.entries(SERVICES).map(([name, port]) => {
    const target = `http://127.0.0.1:${process.env[`REDGRID_${name.toUpperCase()}_PORT`] ?? port}`;
    const prefix = `/api/${name}`;
    return [prefix, { target, rewrite: (path: string) => path.slice(prefix.length) || "/" }];
  }));
}

export default defineConfig({
  plugins: [vue()],
  build: { target: "es2022", chunkSizeWarningLimit: 600 },
  server: { host: "127.0.0.1", proxy: proxy() },
  preview: { host: process.env.REDGRID_WEB_HOST ?? "127.0.0.1",
             port: Number(process.env.REDGRID_WEB_PORT ?? 8080), strictPort: true, proxy: proxy() },
});
