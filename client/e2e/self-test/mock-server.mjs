#!/usr/bin/env node
// Self-test of the e2e harness without the real API: serves dist/ like the API does (same origin,
// SPA fallback) and fakes the few endpoints the journeys use. Not used by CI against the real API.
//   npm run build && node e2e/self-test/mock-server.mjs &   # listens on 127.0.0.1:5099 (PORT)
//   E2E_BASE_URL=http://127.0.0.1:5099 npm run e2e
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const port = Number(process.env.PORT || 5099);
const TOKEN = 'mock-token';
const user = { id: 'u1', email: 'admin@medanumkm.go.id', name: 'Admin Dinas', role: 'admin' };
const kecamatan = ['Medan Kota', 'Medan Sunggal', 'Medan Helvetia', 'Medan Denai', 'Medan Barat'].map((name, i) => ({
  code: `12.71.0${i + 1}`,
  name,
}));
const names = ['Kopi Sidikalang Jaya', 'Batik Deli Serdang', 'Bika Ambon Zulaikha', 'Keripik Ubi Medan', 'Ulos Tenun Toba', 'Sirup Markisa Segar'];
const businesses = Array.from({ length: 60 }, (_, i) => {
  const k = kecamatan[i % kecamatan.length];
  return {
    id: `b${i + 1}`,
    name: `${names[i % names.length]} ${i + 1}`,
    ownerName: `Pemilik ${i + 1}`,
    ownerNik: '1271**********01',
    ownerGender: i % 2 ? 'male' : 'female',
    nib: String(1000000000000 + i * 7919),
    npwp: null,
    kbli: [{ code: '10792', version: '2020' }],
    sector: 'food_beverage',
    kecamatanCode: k.code,
    kecamatanName: k.name,
    kelurahan: 'Kelurahan Contoh',
    address: `Jl. Contoh No. ${i + 1}`,
    phone: '+6281234567890',
    email: null,
    foundedYear: 2010 + (i % 12),
    employees: 3 + i,
    businessCapitalIdr: 50_000_000 * (i + 1),
    annualRevenueIdr: 125_000_000 * (i + 1),
    scale: ['micro', 'small', 'medium'][i % 3],
    fosteredSince: '2021-03-05',
    status: i % 9 === 0 ? 'inactive' : 'active',
    ekatalogStatus: ['not_started', 'preparing', 'submitted', 'listed', 'rejected', 'delisted'][i % 6],
    createdAt: '2024-03-05T03:00:00Z',
    updatedAt: '2024-03-06T03:00:00Z',
    version: 1,
  };
});

const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/')) {
    if (req.method === 'POST' && url.pathname === '/api/v1/auth/token') {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw || '{}');
      if (body.email === user.email && body.password === 'Admin#12345') {
        return send(res, 200, { accessToken: TOKEN, tokenType: 'Bearer', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user });
      }
      return send(res, 401, { title: 'Email atau kata sandi salah.', status: 401 });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(res, 401, { title: 'Unauthorized', status: 401 });
    if (url.pathname === '/api/v1/auth/me') return send(res, 200, user);
    if (url.pathname === '/api/v1/reference/kecamatan') return send(res, 200, kecamatan);
    if (url.pathname === '/api/v1/reference/kelurahan') {
      const code = url.searchParams.get('kecamatan') || '12.71.01';
      const names = code === '12.71.01' ? ['Pasar Baru', 'Pusat Pasar', 'Pasar Merah Barat'] : ['Kelurahan Contoh'];
      return send(res, 200, names.map((name, i) => ({ code: `${code}.${1001 + i}`, kecamatanCode: code, name })));
    }
    if (url.pathname === '/api/v1/businesses') {
      const p = url.searchParams;
      const page = Number(p.get('page') || 1);
      const pageSize = Number(p.get('pageSize') || 25);
      const q = (p.get('q') || '').toLowerCase();
      let items = businesses.filter(
        (b) =>
          (!q || b.name.toLowerCase().includes(q) || b.nib.includes(q)) &&
          (!p.get('kecamatan') || b.kecamatanCode === p.get('kecamatan')) &&
          (!p.get('scale') || b.scale === p.get('scale')) &&
          (!p.get('status') || b.status === p.get('status')) &&
          (!p.get('ekatalogStatus') || b.ekatalogStatus === p.get('ekatalogStatus')),
      );
      const sort = p.get('sort') || 'name';
      const key = sort.replace(/^-/, '');
      items = [...items].sort((a, b) => String(a[key]).localeCompare(String(b[key])) * (sort.startsWith('-') ? -1 : 1));
      return send(res, 200, { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, totalCount: items.length });
    }
    const match = /^\/api\/v1\/businesses\/([^/]+)$/.exec(url.pathname);
    if (match) {
      const b = businesses.find((x) => x.id === match[1]);
      return b ? send(res, 200, b, { ETag: `"${b.version}"` }) : send(res, 404, { title: 'Not Found', status: 404 });
    }
    return send(res, 404, { title: 'Not Found', status: 404 });
  }
  let file = normalize(join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(port, '127.0.0.1', () => console.log(`mock API + client on http://127.0.0.1:${port}`));
