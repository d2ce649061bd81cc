// Sign in as admin; create an officer account; create an API key and see it once; build a CSV of
// three businesses from the template's own header (downloaded through the API here), with one bad
// NIK; check it as a dry run and see the error row; fix the file, check it again and import it with
// the commit button (the server imports the file it kept: no second upload); see the import in the
// import history, linked to its dry run; and find one of the businesses in the business list.
async function signIn(page, baseUrl, credentials, tr) {
  await page.goto(`${baseUrl}/login?next=%2Fbusinesses`); // start on the business list
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(credentials.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/businesses');
}

/** The template's header row, exactly as the API serves it (the BOM dropped). */
async function templateHeader(page, baseUrl, credentials) {
  const tokenResponse = await page.request.post(`${baseUrl}/api/v1/auth/token`, { data: credentials });
  const { accessToken } = await tokenResponse.json();
  const response = await page.request.get(`${baseUrl}/api/v1/import-templates/businesses?format=csv`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok()) throw new Error(`template download: HTTP ${response.status()}`);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return text.split(/\r?\n/)[0].split(';'); // ';' and Indonesian headers by default
}

/** The template's Indonesian headers -> the fields of the rows below. */
const FIELD = {
  NIB: 'nib', 'Nama usaha': 'name', 'Nama pemilik': 'ownerName', 'NIK pemilik': 'ownerNik', 'Jenis kelamin pemilik': 'ownerGender',
  NPWP: 'npwp', NITKU: 'nitku', KBLI: 'kbli', Sektor: 'sector', Kecamatan: 'kecamatanCode', Kelurahan: 'kelurahan',
  'Kode kelurahan': 'kelurahanCode', Alamat: 'address', Telepon: 'phone', Surel: 'email', 'Tahun berdiri': 'foundedYear',
  'Jumlah pekerja': 'employees', 'Modal usaha (Rp)': 'businessCapitalIdr', 'Omzet tahunan (Rp)': 'annualRevenueIdr', 'Binaan sejak': 'fosteredSince',
};

function businesses(stamp) {
  return [1, 2, 3].map((i) => ({
    nib: `7${stamp.slice(-10)}0${i}`,
    name: `E2E Impor ${stamp.slice(-6)} Usaha ${i}`,
    ownerName: `Pemilik Impor ${i}`,
    // women: birth day + 40 (15 -> 55); a different sequence per row
    ownerNik: `12710155048500${String(10 + i)}`,
    ownerGender: 'female',
    npwp: '',
    kbli: '10792:2020',
    sector: 'food_beverage',
    kecamatanCode: '12.71.01',
    kelurahan: 'Pasar Merah Barat',
    address: `Jl. Sisingamangaraja No. ${i}`,
    phone: '',
    email: '',
    foundedYear: '2016',
    employees: String(2 + i),
    businessCapitalIdr: '150000000',
    annualRevenueIdr: '480000000',
    fosteredSince: '2021-03-15',
  }));
}

function toCsv(header, rows) {
  const cell = (value) => (/[";\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [header.join(';'), ...rows.map((row) => header.map((column) => cell(row[FIELD[column] ?? column] ?? '')).join(';'))].join('\n') + '\n';
}

export default async function adminUsersKeysImport({ page, baseUrl, credentials, tr, checkA11y, assert, assertEqual }) {
  const stamp = String(Date.now());
  const nav = page.getByRole('navigation', { name: tr('app.mainNav') });
  await signIn(page, baseUrl, credentials, tr);

  // 1. a new officer account
  // Users, API keys and the audit trail sit in the header's "Admin" menu, import and export in "Data".
  const openMenu = (label) => nav.locator('summary', { hasText: label }).click();
  await openMenu(tr('app.adminMenu'));
  await nav.getByRole('link', { name: tr('users.nav'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('users.title') }).waitFor();
  await page.getByRole('link', { name: tr('users.add'), exact: true }).click();
  const email = `petugas.e2e.${stamp}@medanumkm.go.id`;
  await page.getByLabel(tr('users.fields.email'), { exact: true }).fill(email);
  await page.getByLabel(tr('users.fields.name'), { exact: true }).fill(`Petugas E2E ${stamp.slice(-4)}`);
  await page.getByLabel(tr('users.fields.role'), { exact: true }).selectOption('officer');
  await page.getByLabel(tr('users.fields.initialPassword'), { exact: true }).fill('Petugas2026medan');
  await page.getByRole('button', { name: tr('users.create.submit'), exact: true }).click();
  await page.getByText(tr('users.detail.created'), { exact: true }).waitFor();
  assert(/^\/users\/[^/]+$/.test(new URL(page.url()).pathname), 'the new account opens');
  await page.getByText(email, { exact: true }).waitFor();
  await checkA11y(page, 'user page');

  // 2. an API key, shown once
  await openMenu(tr('app.adminMenu'));
  await nav.getByRole('link', { name: tr('api-keys.nav'), exact: true }).click();
  await page.getByRole('link', { name: tr('api-keys.add'), exact: true }).click();
  const keyName = `E2E sinkron ${stamp.slice(-6)}`;
  await page.getByLabel(tr('api-keys.fields.name'), { exact: true }).fill(keyName);
  await page.getByLabel(tr('api-keys.scopes.businessesRead')).check();
  await page.getByLabel(tr('api-keys.scopes.catalogRead')).check();
  await page.getByRole('button', { name: tr('api-keys.create.submit'), exact: true }).click();
  const keyField = page.getByLabel(tr('api-keys.created.keyLabel'), { exact: true });
  await keyField.waitFor();
  const key = await keyField.inputValue();
  assert(key.startsWith('mu_'), `the key is shown (got ${JSON.stringify(key.slice(0, 6))}…)`);
  await page.getByText(tr('api-keys.created.warning'), { exact: true }).waitFor();
  await checkA11y(page, 'new API key');
  await page.getByRole('link', { name: tr('api-keys.created.done'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/api-keys');
  await page.locator('td.cell-name', { hasText: keyName }).waitFor();
  assertEqual(await page.getByText(key).count(), 0, 'the key is not shown again');

  // 3. the import: a dry run with a bad NIK, then the fixed file
  const uploads = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && path.startsWith('/api/v1/imports')) uploads.push(path);
  });
  const header = await templateHeader(page, baseUrl, credentials);
  const rows = businesses(stamp);
  const bad = rows.map((row, i) => (i === 1 ? { ...row, ownerNik: '127101550485' } : row));
  await openMenu(tr('app.dataMenu'));
  await nav.getByRole('link', { name: tr('imports.nav'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('imports.title') }).waitFor();
  const fileInput = page.getByLabel(tr('imports.file'), { exact: true });
  await fileInput.setInputFiles({ name: `umkm-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(toCsv(header, bad), 'utf8') });
  await page.getByRole('button', { name: tr('imports.dryRun'), exact: true }).click();
  await page.getByRole('progressbar', { name: tr('imports.dryRunProgress') }).waitFor();
  const errorTable = page.getByRole('table', { name: tr('imports.report.errorsCaption') });
  await errorTable.waitFor({ timeout: 30_000 });
  const errorRow = errorTable.locator('tbody tr').first();
  assertEqual((await errorRow.locator('td').nth(0).innerText()).trim(), '3', 'the bad NIK is reported on spreadsheet row 3');
  assertEqual((await errorRow.locator('td').nth(1).innerText()).trim(), 'NIK pemilik', 'in the owner NIK column (its header)');
  const commitWithErrors = page.getByRole('button', { name: tr('imports.commit'), exact: true });
  assert((await commitWithErrors.count()) === 0 || (await commitWithErrors.isDisabled()), 'no import with errors (unless only the valid rows are chosen)');
  await checkA11y(page, 'dry-run report with errors');

  await fileInput.setInputFiles({ name: `umkm-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(toCsv(header, rows), 'utf8') });
  await page.getByRole('button', { name: tr('imports.dryRun'), exact: true }).click();
  await page.getByText(tr('imports.noErrors'), { exact: true }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: tr('imports.commit'), exact: true }).click();
  await page.getByRole('progressbar', { name: tr('imports.commitProgress') }).waitFor();
  const done = tr('imports.done').replace('{{created}}', '3').replace('{{updated}}', '0').replace('{{unchanged}}', '0');
  await page.getByText(done, { exact: true }).waitFor({ timeout: 30_000 });
  const commits = uploads.filter((path) => /^\/api\/v1\/imports\/\d+\/commit$/.test(path));
  assertEqual(commits.length, 1, 'the import is one commit of the checked dry run');
  assertEqual(uploads.filter((path) => path === '/api/v1/imports').length, 2, 'the file is uploaded for the two dry runs only');
  const dryRunId = commits[0].split('/')[4];

  // the import history: the import on top, naming the dry run it came from
  await openMenu(tr('app.dataMenu'));
  await nav.getByRole('link', { name: tr('imports.history.nav'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('imports.history.title') }).waitFor();
  const newest = page.getByRole('table', { name: tr('imports.history.caption') }).locator('tbody tr').first();
  await newest.getByRole('link', { name: `umkm-${stamp}.csv`, exact: true }).waitFor();
  await newest.getByText(tr('imports.history.fromDryRun').replace('{{id}}', dryRunId), { exact: true }).waitFor();
  await newest.getByText(tr('status.import.succeeded'), { exact: true }).waitFor();
  await checkA11y(page, 'import history');

  // 4. one of them in the business list
  await nav.getByRole('link', { name: tr('businesses.nav'), exact: true }).click();
  await page.getByLabel(tr('businesses.filters.q'), { exact: true }).fill(rows[0].nib);
  await page.getByRole('button', { name: tr('businesses.filters.search'), exact: true }).click();
  await page.getByRole('link', { name: rows[0].name, exact: true }).waitFor();
  await checkA11y(page, 'business list with the imported business');
}
