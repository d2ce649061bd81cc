// Sign in, open the business list (checked with axe), search for the first row's business
// by name, open it and check that the detail page shows its NIB; a reload and a new tab stay signed in.
export default async function searchAndOpenBusiness({ page, baseUrl, credentials, tr, checkA11y, assert, assertEqual }) {
  await page.goto(`${baseUrl}/login?next=%2Fbusinesses`); // start on the business list
  await page.getByLabel(tr('auth.email'), { exact: true }).waitFor();
  await checkA11y(page, 'login page');
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(credentials.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
  // Either the app moves on to the list, or the form shows the API's error: report that text.
  // (each branch handles its own rejection so the loser never becomes an unhandled rejection)
  const errorAlert = page.locator('form .alert[role="alert"]');
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname === '/businesses').then(
      () => 'signed-in',
      (error) => error,
    ),
    errorAlert.waitFor().then(
      () => 'error',
      () => new Promise(() => {}),
    ),
  ]);
  if (outcome instanceof Error) throw outcome;
  if (outcome === 'error') {
    throw new Error(`sign-in failed: ${await errorAlert.innerText()}`);
  }

  // The list: wait for settled rows (not the placeholder of a previous query).
  const table = page.getByRole('table', { name: tr('businesses.caption') });
  await page.locator('.table-wrap:not([aria-busy])').waitFor();
  const firstRow = table.locator('tbody tr').first();
  await firstRow.waitFor();
  const name = (await firstRow.getByRole('rowheader').getByRole('link').innerText()).trim();
  const nib = (await firstRow.getByRole('cell').nth(1).innerText()).trim();
  assert(name.length > 0, 'the first row has a business name');
  assert(/^\d{13}$/.test(nib), `the first row shows a 13-digit NIB (got ${JSON.stringify(nib)})`);

  await checkA11y(page, 'business list');

  // Search by the name typed from the first row; the query lands in the URL.
  await page.getByRole('searchbox', { name: tr('businesses.filters.q'), exact: true }).fill(name);
  await page.getByRole('button', { name: tr('businesses.filters.search'), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === name);
  await page.locator('.table-wrap:not([aria-busy])').waitFor();
  const match = table.locator('tbody tr').filter({ hasText: nib }).getByRole('link', { name, exact: true }).first();
  await match.waitFor();

  await match.click();
  await page.waitForURL((url) => /^\/businesses\/[^/]+$/.test(url.pathname));
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

  const nibTerm = page.locator('dt', { hasText: new RegExp(`^${tr('businesses.detail.fields.nib')}$`) });
  const shownNib = (await nibTerm.locator('xpath=following-sibling::dd[1]').innerText()).trim();
  assertEqual(shownNib, nib, 'the detail page shows the NIB from the list');
  await checkA11y(page, 'business detail');

  // F5: the access token was in memory only; the httpOnly refresh cookie (Secure, accepted on
  // http://127.0.0.1) renews the session quietly, so the officer stays on the same page.
  const detailUrl = page.url();
  await page.reload();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  assertEqual(page.url(), detailUrl, 'a reload keeps the officer signed in on the same page');
  // A new tab of the same browser is signed in too.
  const tab = await page.context().newPage();
  try {
    await tab.goto(detailUrl);
    await tab.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    assertEqual(tab.url(), detailUrl, 'a new tab opens the page signed in');
  } finally {
    await tab.close();
  }
}
