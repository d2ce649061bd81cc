// Sign in as admin, register a business with a deliberately wrong NIK (a woman's NIK needs 40
// added to the birth day), see the API's error under the NIK field, fix it, save, then edit the
// employee count and see the new value on the detail page.
async function signIn(page, baseUrl, credentials, tr) {
  await page.goto(`${baseUrl}/login?next=%2Fbusinesses`); // start on the business list
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(credentials.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
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
  if (outcome === 'error') throw new Error(`sign-in failed: ${await errorAlert.innerText()}`);
}

/** Valid test data made here: a unique 13-digit NIB and a Medan NIK (127101 + DDMMYY + sequence). */
function testData() {
  const stamp = String(Date.now());
  const nib = stamp.slice(-13).padStart(13, '9');
  const sequence = String((Number(stamp.slice(-4)) % 9999) + 1).padStart(4, '0'); // never 0000
  const birth = { day: 15, month: '04', year: '85' };
  return {
    name: `E2E Kopi Bu Rina ${stamp.slice(-6)}`,
    nib,
    // a man's birth day for a woman: the API refuses it
    wrongNik: `127101${String(birth.day).padStart(2, '0')}${birth.month}${birth.year}${sequence}`,
    nik: `127101${String(birth.day + 40)}${birth.month}${birth.year}${sequence}`,
  };
}

export default async function registerAndEditBusiness({ page, baseUrl, credentials, tr, checkA11y, assert, assertEqual }) {
  const data = testData();
  const field = (key) => page.getByLabel(tr(`businesses.detail.fields.${key}`), { exact: true });
  const detailValue = (key) =>
    page
      .locator('dt', { hasText: new RegExp(`^${tr(`businesses.detail.fields.${key}`)}$`) })
      .locator('xpath=following-sibling::dd[1]');

  await signIn(page, baseUrl, credentials, tr);

  await page.getByRole('link', { name: tr('businesses.add'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/businesses/new');
  await page.getByRole('heading', { level: 1, name: tr('businesses.form.createTitle') }).waitFor();

  await field('name').fill(data.name);
  await field('nib').fill(data.nib);
  await field('sector').selectOption('food_beverage');
  await field('foundedYear').fill('2016');
  await field('fosteredSince').fill('2021-03-15');
  await page.getByRole('button', { name: tr('businesses.form.kbliAdd'), exact: true }).click();
  await page.getByLabel(tr('businesses.form.kbliCodeLabel').replace('{{row}}', '1'), { exact: true }).fill('10761');
  await field('ownerName').fill('Rina Br Sembiring');
  await field('ownerNik').fill(data.wrongNik);
  await field('ownerGender').selectOption('female');
  const kecamatan = field('kecamatan');
  await kecamatan.locator('option[value="12.71.01"]').waitFor({ state: 'attached' });
  await kecamatan.selectOption('12.71.01');
  await field('kelurahan').selectOption({ label: 'Pasar Merah Barat' }); // the select waits for the kecamatan's kelurahan
  await field('address').fill('Jl. Sisingamangaraja No. 12');
  await field('phone').fill('0812-6543-2109');
  await field('employees').fill('4');
  await field('businessCapitalIdr').pressSequentially('150000000');
  assertEqual(await field('businessCapitalIdr').inputValue(), '150.000.000', 'capital shows thousands separators');
  await field('annualRevenueIdr').fill('480000000');
  await page.getByText(tr('businesses.form.scaleServer')).waitFor();

  // 1. the wrong NIK: the API's message appears under the field, which gets focus
  await page.getByRole('button', { name: tr('businesses.form.create'), exact: true }).click();
  const nik = field('ownerNik');
  await page.waitForFunction(
    (label) => [...document.querySelectorAll('label')].some((l) => l.textContent === label && document.getElementById(l.htmlFor)?.getAttribute('aria-invalid') === 'true'),
    tr('businesses.detail.fields.ownerNik'),
  );
  const nikErrorId = (await nik.getAttribute('aria-describedby')).split(' ').find((id) => id.endsWith('-error'));
  const nikError = (await page.locator(`[id="${nikErrorId}"]`).innerText()).trim();
  assert(/NIK/.test(nikError), `the NIK field shows the API's error (got ${JSON.stringify(nikError)})`);
  assert(await nik.evaluate((el) => el === document.activeElement), 'the NIK field has focus');
  assertEqual(new URL(page.url()).pathname, '/businesses/new', 'still on the form');
  await page.locator('.error-summary').getByRole('link').first().waitFor();
  await checkA11y(page, 'business form with errors');

  // 2. fixed: saved, and the new detail page opens
  await nik.fill(data.nik);
  await page.getByRole('button', { name: tr('businesses.form.create'), exact: true }).click();
  await page.waitForURL((url) => /^\/businesses\/[^/]+$/.test(url.pathname) && url.pathname !== '/businesses/new');
  await page.getByRole('heading', { level: 1, name: data.name, exact: true }).waitFor();
  await page.getByText(tr('businesses.detail.created'), { exact: true }).waitFor();
  assertEqual((await detailValue('nib').innerText()).trim(), data.nib, 'the detail page shows the NIB');
  assertEqual((await detailValue('employees').innerText()).trim(), '4', 'the detail page shows 4 employees');
  const detailPath = new URL(page.url()).pathname;

  // 3. edit the employee count
  await page.getByRole('link', { name: tr('businesses.detail.edit'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === `${detailPath}/edit`);
  assertEqual(await field('ownerNik').inputValue(), data.nik, 'the edit form starts from the saved data');
  await checkA11y(page, 'business edit form');
  await field('employees').fill('9');
  await page.getByRole('button', { name: tr('businesses.form.save'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === detailPath);
  await page.getByText(tr('businesses.detail.updated'), { exact: true }).waitFor();
  assertEqual((await detailValue('employees').innerText()).trim(), '9', 'the detail page shows the new employee count');
  assertEqual((await detailValue('version').innerText()).trim(), '2', 'the update made version 2');
  await checkA11y(page, 'business detail after edit');
}
