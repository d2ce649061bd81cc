// Sign in as an officer, read the dashboard's figures (fostered businesses and "not started" in the
// e-katalog funnel, from the chart's table), register a new business through the form, come back to
// the dashboard and see both go up by one; filter by the new business's kecamatan; axe on the dashboard.
const officer = {
  email: process.env.E2E_OFFICER_EMAIL || 'officer@medanumkm.go.id',
  password: process.env.E2E_OFFICER_PASSWORD || 'Officer#12345',
};

/** "1.825" (id-ID) -> 1825 */
const toNumber = (text) => Number(text.replace(/[^\d]/g, ''));

async function signIn(page, baseUrl, tr) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(officer.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(officer.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
  const errorAlert = page.locator('form .alert[role="alert"]');
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname !== '/login').then(
      () => 'signed-in',
      (error) => error,
    ),
    errorAlert.waitFor().then(
      () => 'error',
      () => new Promise(() => {}),
    ),
  ]);
  if (outcome instanceof Error) throw outcome;
  if (outcome === 'error') throw new Error(`sign-in failed: ${await errorAlert.innerText()}`);
}

/** Opens the dashboard from the main navigation and waits for settled figures and drawn charts. */
async function openDashboard(page, tr) {
  await page.getByRole('navigation', { name: tr('app.mainNav') }).getByRole('link', { name: tr('dashboard.nav'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: tr('dashboard.title'), exact: true }).waitFor();
  await waitSettled(page);
}

async function waitSettled(page) {
  await page.locator('[data-testid="dashboard-body"]:not([aria-busy])').waitFor();
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('[data-testid="dashboard-chart"]')];
    const updating = document.querySelector('.dash-updating')?.textContent;
    return !updating && charts.length > 0 && charts.every((c) => c.querySelector('svg rect.bar-chart-bar'));
  });
}

async function readFigures(page, tr) {
  const fostered = toNumber(await page.getByTestId('figure-fostered').locator('dd').first().innerText());
  // the funnel chart's numbers, from its table (in the page for screen readers even when hidden)
  const funnel = page.getByRole('table', { name: tr('dashboard.funnel.caption'), exact: true });
  const row = funnel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tr('status.ekatalog.not_started'), exact: true }) });
  const notStarted = toNumber(await row.getByRole('cell').first().textContent());
  return { fostered, notStarted };
}

function testData() {
  const stamp = String(Date.now());
  const sequence = String((Number(stamp.slice(-4)) % 9999) + 1).padStart(4, '0');
  return {
    name: `E2E Dasbor Keripik ${stamp.slice(-6)}`,
    nib: `8${stamp.slice(-12)}`,
    nik: `127101150485${sequence}`, // a man born 15-04-1985, registered in Medan Kota
  };
}

export default async function dashboardChanges({ page, baseUrl, tr, checkA11y, assert, assertEqual }) {
  await signIn(page, baseUrl, tr);
  await openDashboard(page, tr);
  const before = await readFigures(page, tr);
  assert(before.fostered > 0, `the dashboard shows fostered businesses (got ${before.fostered})`);

  // the table alternative: shown on demand with the same number the card shows
  // its name is "Lihat tabel: <chart title>" (the title is visually hidden)
  const panel = page.locator('.dash-panel', { has: page.getByRole('heading', { name: tr('dashboard.funnel.title'), exact: true }) });
  const toggle = panel.locator('button[aria-controls]');
  assert((await toggle.innerText()).startsWith(tr('dashboard.table.show')), 'the toggle offers the table');
  await toggle.click();
  assert((await toggle.innerText()).startsWith(tr('dashboard.table.hide')), 'the toggle now hides the table');
  assertEqual(await toggle.getAttribute('aria-expanded'), 'true', 'the funnel table is shown');
  await page.getByRole('table', { name: tr('dashboard.funnel.caption'), exact: true }).waitFor({ state: 'visible' });
  await checkA11y(page, 'dashboard');

  // register a business through the form, as journey 02 does
  const data = testData();
  const field = (key) => page.getByLabel(tr(`businesses.detail.fields.${key}`), { exact: true });
  await page.getByRole('navigation', { name: tr('app.mainNav') }).getByRole('link', { name: tr('businesses.nav'), exact: true }).click();
  await page.getByRole('link', { name: tr('businesses.add'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/businesses/new');
  await field('name').fill(data.name);
  await field('nib').fill(data.nib);
  await field('sector').selectOption('food_beverage');
  await field('foundedYear').fill('2019');
  await field('fosteredSince').fill('2024-02-01');
  await page.getByRole('button', { name: tr('businesses.form.kbliAdd'), exact: true }).click();
  await page.getByLabel(tr('businesses.form.kbliCodeLabel').replace('{{row}}', '1'), { exact: true }).fill('10761');
  await field('ownerName').fill('Budi Hutagalung');
  await field('ownerNik').fill(data.nik);
  await field('ownerGender').selectOption('male');
  const kecamatan = field('kecamatan');
  await kecamatan.locator('option[value="12.71.01"]').waitFor({ state: 'attached' });
  await kecamatan.selectOption('12.71.01');
  await field('kelurahan').selectOption({ label: 'Pasar Baru' });
  await field('address').fill('Jl. Halat No. 8');
  await field('phone').fill('0813-7000-1234');
  await field('employees').fill('3');
  await field('businessCapitalIdr').fill('50000000');
  await field('annualRevenueIdr').fill('120000000');
  await page.getByRole('button', { name: tr('businesses.form.create'), exact: true }).click();
  await page.waitForURL((url) => /^\/businesses\/[^/]+$/.test(url.pathname) && url.pathname !== '/businesses/new');
  await page.getByRole('heading', { level: 1, name: data.name, exact: true }).waitFor();

  // back on the dashboard: both figures went up by one
  await openDashboard(page, tr);
  const after = await readFigures(page, tr);
  assertEqual(after.fostered, before.fostered + 1, 'fostered businesses went up by one');
  assertEqual(after.notStarted, before.notStarted + 1, '"not started" in the e-katalog funnel went up by one');

  // filter by the new business's kecamatan: the URL says so, and its figures include the new business
  const kecamatanTable = page.getByRole('table', { name: tr('dashboard.kecamatan.caption'), exact: true });
  const kotaRow = kecamatanTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Medan Kota', exact: true }) });
  const kotaBusinesses = toNumber(await kotaRow.getByRole('cell').first().textContent());
  await page.getByLabel(tr('dashboard.filter.kecamatan'), { exact: true }).selectOption('12.71.01');
  await page.waitForURL((url) => url.searchParams.get('kecamatan') === '12.71.01');
  await page.getByText(tr('dashboard.scopeKecamatan').replace('{{name}}', 'Medan Kota'), { exact: true }).waitFor();
  await waitSettled(page);
  const filtered = await readFigures(page, tr);
  assertEqual(filtered.fostered, kotaBusinesses, 'filtered by Medan Kota, the fostered figure is Medan Kota\'s');
  assert(filtered.fostered < after.fostered, 'one kecamatan has fewer businesses than the whole city');
  await checkA11y(page, 'dashboard filtered by kecamatan');

  // the kecamatan x missing-requirement table: the new business (no product yet) is counted under
  // Medan Kota, and that count leads to the readiness list filtered by both
  await page.getByLabel(tr('dashboard.filter.kecamatan'), { exact: true }).selectOption('');
  await page.waitForURL((url) => !url.searchParams.has('kecamatan'));
  await waitSettled(page);
  const matrix = page.getByRole('table', { name: tr('dashboard.matrix.caption'), exact: true });
  const productCount = matrix.getByRole('link', { name: new RegExp(`Medan Kota.*${tr('dashboard.readiness.requirements.product')}`) });
  assert(toNumber(await productCount.textContent()) >= 1, 'Medan Kota has at least the new business missing a product');
  await productCount.click();
  await page.waitForURL((url) => url.pathname === '/ekatalog' && url.searchParams.get('missing') === 'product' && url.searchParams.get('kecamatan') === '12.71.01');
  await page.getByRole('heading', { level: 1, name: tr('ekatalog.list.title'), exact: true }).waitFor();

  // at tablet width (768 px) the navigation wraps: every area is in sight, no strip scrolls sideways
  await page.setViewportSize({ width: 768, height: 1024 });
  const nav = page.getByRole('navigation', { name: tr('app.mainNav') });
  const overflow = await nav.evaluate((el) => [el, ...el.querySelectorAll('*')].some((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible'));
  assert(!overflow, 'nothing in the navigation scrolls sideways at 768 px');
  for (const link of await nav.locator('.main-nav-links a').all()) {
    const box = await link.boundingBox();
    assert(box && box.x >= 0 && box.x + box.width <= 768, `"${await link.innerText()}" is within the 768 px screen`);
  }
  for (const summary of await nav.locator('.nav-menu summary').all()) {
    const box = await summary.boundingBox();
    assert(box && box.x >= 0 && box.x + box.width <= 768, `the "${await summary.innerText()}" menu is within the 768 px screen`);
  }
}
