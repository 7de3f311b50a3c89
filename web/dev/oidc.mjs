// The development identity provider: a real OpenID Connect provider (panva's oidc-provider,
// OpenID Certified) standing in for the city's (Keycloak, or the province's 统一身份认证平台) in
// `make dev` and the tests. Code flow with PKCE for the public client `redgrid-web`; one demo
// user per role, read from OIDC_USERS (a JSON list written by `make dev` or a test):
//   [{username, password, sub, name, phone_number?, roles?, org?, unit?}]
// roles/org/unit go into the ID token as Keycloak would put them (realm_access.roles,
// redgrid_org, redgrid_unit): what REDGRID_OIDC_*_CLAIM point at. Never for production.
//
//   OIDC_PORT=8090 OIDC_USERS=users.json OIDC_REDIRECT_URIS=http://127.0.0.1:8080/ node dev/oidc.mjs
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT || 8090);
const host = process.env.OIDC_HOST || '127.0.0.1';
const issuer = process.env.OIDC_ISSUER || `http://${host}:${port}`;
const redirects = (process.env.OIDC_REDIRECT_URIS || 'http://127.0.0.1:8080/').split(',');
const origins = [...new Set(redirects.map((u) => new URL(u).origin))];
const users = JSON.parse(readFileSync(process.env.OIDC_USERS, 'utf8'));
const bySub = new Map(users.map((u) => [u.sub, u]));
const SCOPE = 'openid profile phone redgrid';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signing = { ...privateKey.export({ format: 'jwk' }), kid: `dev-${randomBytes(4).toString('hex')}`,
  use: 'sig', alg: 'RS256' };

function claimsOf(u) {
  return {
    sub: u.sub,
    name: u.name,
    ...(u.phone_number ? { phone_number: u.phone_number, phone_number_verified: true } : {}),
    ...(u.roles ? { realm_access: { roles: u.roles } } : {}),
    ...(u.org ? { redgrid_org: u.org } : {}),
    ...(u.unit ? { redgrid_unit: u.unit } : {}),
  };
}

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'redgrid-web', token_endpoint_auth_method: 'none', application_type: 'web',
    redirect_uris: redirects, post_logout_redirect_uris: origins.map((o) => `${o}/`),
    grant_types: ['authorization_code'], response_types: ['code'],
  }],
  jwks: { keys: [signing] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  scopes: SCOPE.split(' '),
  claims: { openid: ['sub'], profile: ['name'], phone: ['phone_number', 'phone_number_verified'],
    redgrid: ['realm_access', 'redgrid_org', 'redgrid_unit'] },
  conformIdTokenClaims: false, // the ID token carries the claims: the registry reads them there
  findAccount: async (ctx, sub) => {
    const u = bySub.get(sub);
    return u && { accountId: sub, claims: async () => claimsOf(u) };
  },
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
  clientBasedCORS: (ctx, origin) => origins.includes(origin),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // The city's own app: no consent screen (the provider's skip-consent recipe).
  loadExistingGrant: async (ctx) => {
    const id = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (id) return ctx.oidc.provider.Grant.find(id);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(SCOPE);
    await grant.save();
    return grant;
  },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('登录出错', `<p>${escape(out.error_description || out.error)}</p>`);
  },
});

function escape(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem;color:#222}
h1{font-size:1.3rem;color:#c8161d}label{display:block;margin:.8rem 0 .3rem}input{width:100%;padding:.6rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1.2rem;width:100%;padding:.7rem;font-size:1rem;background:#c8161d;color:#fff;border:0;border-radius:4px}
.error{color:#c8161d}.note{color:#666;font-size:.85rem;margin-top:1.5rem}</style></head><body>${body}</body></html>`;
}

function loginForm(uid, error = '') {
  return page('统一身份认证', `<h1>红网格 · 统一身份认证</h1>
<form method="post" action="/interaction/${uid}/login" autocomplete="off">
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<label for="username">用户名</label><input id="username" name="username" required autofocus>
<label for="password">密码</label><input id="password" name="password" type="password" required>
<button type="submit">登录</button></form>
<p class="note">开发用身份认证服务：演示账号见 make dev 的输出。</p>`);
}

async function form(req) {
  let raw = '';
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 10_000) throw new Error('too large');
  }
  return new URLSearchParams(raw);
}

async function interaction(req, res) {
  const [, , uid, action] = new URL(req.url, issuer).pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(loginForm(uid));
  }
  if (req.method === 'POST' && action === 'login') {
    const f = await form(req);
    const user = users.find((u) => u.username === f.get('username') && u.password === f.get('password'));
    if (!user) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(loginForm(uid, '用户名或密码不正确'));
    }
    return provider.interactionFinished(req, res, { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false });
  }
  res.writeHead(405).end();
}

const handle = provider.callback();
http.createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((err) => {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('登录出错', `<p>${escape(err.message)}</p>`));
    });
    return;
  }
  handle(req, res);
}).listen(port, host, () => {
  console.log(`oidc: ${issuer} (${users.length} users; redirects ${redirects.join(', ')})`);
});
