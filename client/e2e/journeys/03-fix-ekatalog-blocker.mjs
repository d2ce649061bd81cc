// Officer's day towards the e-katalog goal: open "Menuju e-katalog", take a business missing
// exactly one requirement (the tax status confirmation, KSWP), record the KSWP check in the UI,
// see the business become ready, submit and list it (workflow buttons), then find its product
// in the public catalog from a fresh, signed-out browser context.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
const officer = { email: 'officer@medanumkm.go.id', password: 'Officer#12345' };

async function signIn(page, baseUrl, tr) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(officer.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(officer.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Yesterday (UTC): a check date the API accepts whatever the hour in Medan. */
function yesterday() {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

export default async function fixEkatalogBlocker({ page, context, baseUrl, tr, checkA11y, assert, assertEqual }) {
  await signIn(page, baseUrl, tr);

  // 1. the readiness list, almost ready first
  await page.getByRole('navigation', { name: tr('app.mainNav') }).getByRole('link', { name: tr('ekatalog.nav'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('ekatalog.list.title'), exact: true }).waitFor();
  await page.getByRole('button', { name: tr('ekatalog.list.almostReady'), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('maxMissing') === '1');
  await page.getByLabel(tr('ekatalog.list.missing'), { exact: true }).selectOption('kswp');
  await page.waitForURL((url) => url.searchParams.get('missing') === 'kswp');
  await page.getByLabel(tr('ekatalog.list.ekatalogStatus'), { exact: true }).selectOption('preparing');
  await page.waitForURL((url) => url.searchParams.get('ekatalogStatus') === 'preparing');
  const firstRow = page.locator('table.data-table tbody tr').first();
  await firstRow.waitFor();
  await page.waitForFunction(() => !document.querySelector('.table-wrap[aria-busy="true"]'));
  const cells = await firstRow.locator('td').allInnerTexts();
  assertEqual(cells[2]?.trim(), '1', 'the first business misses exactly one requirement');
  assertEqual(cells[3]?.trim(), tr('ekatalog.requirement.kswp'), 'and that requirement is the KSWP');
  const kecamatanName = cells[0].trim();
  const businessLink = firstRow.getByRole('link');
  const businessName = (await businessLink.innerText()).trim();
  await checkA11y(page, 'readiness list');
  await businessLink.click();

  // 2. the readiness tab says what to do next; record the KSWP check
  await page.getByRole('heading', { level: 1, name: businessName, exact: true }).waitFor();
  assertEqual(new URL(page.url()).searchParams.get('tab'), 'ekatalog', 'the readiness tab is open');
  await page.getByText(tr('ekatalog.readiness.missingCount').replace('{{count}}', '1'), { exact: true }).waitFor();
  await page.getByRole('button', { name: tr('ekatalog.place.tax'), exact: true }).click();
  assert(
    await page.getByRole('heading', { name: tr('ekatalog.tax.title'), exact: true }).evaluate((el) => el === document.activeElement),
    'the KSWP section has focus',
  );
  await page.getByLabel(tr('ekatalog.tax.status'), { exact: true }).selectOption('valid');
  await page.getByLabel(tr('ekatalog.tax.checkedOn'), { exact: true }).fill(yesterday());
  await page.getByLabel(tr('ekatalog.tax.reference'), { exact: true }).fill(`S-E2E/KSWP/WPJ.26/${new Date().getUTCFullYear()}`);
  await page.getByRole('button', { name: tr('ekatalog.tax.submit'), exact: true }).click();
  await page.getByText(tr('ekatalog.tax.recorded'), { exact: true }).waitFor();
  await page.getByText(tr('ekatalog.readiness.ready'), { exact: true }).waitFor();
  await checkA11y(page, 'readiness tab, ready');

  // 3. submit, then list (only the allowed steps are offered)
  const actions = page.getByRole('group', { name: tr('ekatalog.workflow.actions') });
  await actions.getByRole('button', { name: tr('ekatalog.action.submitted'), exact: true }).click();
  await page.getByText(tr('ekatalog.workflow.done').replace('{{status}}', tr('status.ekatalog.submitted')), { exact: true }).waitFor();
  const offered = await actions.getByRole('button').allInnerTexts();
  assertEqual(
    JSON.stringify(offered.sort()),
    JSON.stringify([tr('ekatalog.action.listed'), tr('ekatalog.action.rejected')].sort()),
    'from submitted only list or reject are offered',
  );
  await actions.getByRole('button', { name: tr('ekatalog.action.listed'), exact: true }).click();
  await page.getByText(tr('ekatalog.workflow.done').replace('{{status}}', tr('status.ekatalog.listed')), { exact: true }).waitFor();
  await page.locator('table.data-table tbody tr', { hasText: tr('status.ekatalog.listed') }).first().waitFor(); // history

  // 4. one of its products, from the Produk tab
  await page.getByRole('tab', { name: tr('products.tab'), exact: true }).click();
  const productRow = page.locator('table.data-table tbody tr').first();
  await productRow.waitFor();
  const productName = (await productRow.locator('th').innerText()).trim();

  // 5. the public catalog, signed out, in a fresh browser context
  const publicContext = await context.browser().newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
  try {
    const visitor = await publicContext.newPage();
    visitor.setDefaultTimeout(15_000);
    await visitor.goto(`${baseUrl}/katalog`);
    await visitor.getByRole('heading', { level: 1, name: tr('catalog.title'), exact: true }).waitFor();
    await visitor.getByLabel(tr('catalog.filters.q'), { exact: true }).fill(productName);
    await visitor.getByLabel(tr('catalog.filters.kecamatan'), { exact: true }).selectOption({ label: kecamatanName });
    await visitor.getByRole('button', { name: tr('catalog.filters.apply'), exact: true }).click();
    await visitor.waitForURL((url) => url.searchParams.has('kecamatan'));
    const card = visitor.locator('.catalog-card', { hasText: businessName }).filter({ hasText: productName });
    await card.first().waitFor();
    assert((await card.first().innerText()).includes('Rp'), 'the card shows a price in rupiah');
    await checkA11y(visitor, 'public catalog');
    await card.first().getByRole('link', { name: productName, exact: true }).click();
    await visitor.getByRole('heading', { level: 1, name: productName, exact: true }).waitFor();
    await visitor.getByText(tr('catalog.by').replace('{{business}}', businessName).replace('{{kecamatan}}', kecamatanName), { exact: true }).waitFor();
    await visitor.screenshot({ path: join(artifacts, '03-public-catalog-product.png'), fullPage: true });
    const detailUrl = visitor.url();
    // the runner's screenshot: the same public page
    await page.goto(detailUrl);
    await page.getByRole('heading', { level: 1, name: productName, exact: true }).waitFor();
  } finally {
    await publicContext.close();
  }
}
