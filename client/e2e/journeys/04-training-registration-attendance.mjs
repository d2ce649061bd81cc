// Sign in as an officer, plan a training session that started half an hour ago (attendance may be
// taken once a session has started), open registration, register two businesses (and see the
// duplicate refused), take attendance (one attended, one absent), save, and see the attendance rate
// on the attendance page and on the session page.
const officer = {
  email: process.env.E2E_OFFICER_EMAIL || 'officer@medanumkm.go.id',
  password: process.env.E2E_OFFICER_PASSWORD || 'Officer#12345',
};

async function signIn(page, baseUrl, tr) {
  await page.goto(`${baseUrl}/login?next=%2Fbusinesses`); // start on the business list
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(officer.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(officer.password);
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

/** A datetime-local value in WIB (UTC+7) some minutes from now. */
function wib(minutesFromNow) {
  return new Date(Date.now() + 7 * 3_600_000 + minutesFromNow * 60_000).toISOString().slice(0, 16);
}

const fill = (text, values) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text);

export default async function trainingRegistrationAttendance({ page, baseUrl, tr, checkA11y, assert, assertEqual }) {
  await signIn(page, baseUrl, tr);

  // Two active businesses to register, taken from the registry's list (navigating inside the app
  // keeps the list's state).
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/businesses?') && r.url().includes('status=active') && r.ok());
  await page.getByLabel(tr('businesses.filters.status'), { exact: true }).selectOption('active');
  await filtered;
  // rows of the filtered answer, not the previous list kept while it loaded
  await page.locator('.table-wrap:not([aria-busy]) tbody tr').first().waitFor();
  const names = await page.getByRole('table', { name: tr('businesses.caption') }).locator('tbody tr th a').allInnerTexts();
  const [first, second] = [...new Set(names.map((n) => n.trim()))];
  assert(first && second, 'the registry lists two active businesses');

  // 1. plan a session that started 30 minutes ago
  await page.getByRole('navigation', { name: tr('app.mainNav') }).getByRole('link', { name: tr('training.nav'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/training');
  await page.getByRole('heading', { level: 1, name: tr('training.title') }).waitFor();
  await checkA11y(page, 'training sessions list');
  await page.getByRole('link', { name: tr('training.list.plan'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/training/new');
  const title = `E2E Pemasaran Digital ${String(Date.now()).slice(-6)}`;
  const field = (key) => page.getByLabel(tr(`training.fields.${key}`), { exact: true });
  await field('title').fill(title);
  await field('topic').selectOption('digital_marketing');
  await field('trainer').fill('Dewi Lestari Nasution, S.E.');
  await field('description').fill('Membuat katalog produk di marketplace.');
  await field('venue').fill('Aula Dinas Koperasi UKM, Jl. Gatot Subroto');
  await field('kecamatan').locator('option[value="12.71.01"]').waitFor({ state: 'attached' });
  await field('kecamatan').selectOption('12.71.01');
  await field('startsAt').fill(wib(-30));
  await field('endsAt').fill(wib(150));
  await field('capacity').fill('10');
  await checkA11y(page, 'training session form');
  await page.getByRole('button', { name: tr('training.form.create'), exact: true }).click();
  await page.waitForURL((url) => /^\/training\/\d+$/.test(url.pathname));
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
  await page.getByText(tr('training.detail.created'), { exact: true }).waitFor();
  const sessionPath = new URL(page.url()).pathname;

  // 2. open registration: only the allowed moves are offered
  assertEqual(await page.getByRole('button', { name: tr('training.actions.complete'), exact: true }).count(), 0, 'a planned session cannot be completed');
  await page.getByRole('button', { name: tr('training.actions.open'), exact: true }).click();
  await page.getByText(tr('training.actions.changed'), { exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: tr('training.register.title') }).waitFor();

  // 3. register two businesses, searched by name; searched again, a registered one is marked
  async function register(name) {
    await page.getByLabel(tr('training.register.search'), { exact: true }).fill(name);
    await page.getByRole('button', { name: tr('training.register.find'), exact: true }).click();
    await page
      .getByRole('list', { name: tr('training.register.results') })
      .getByRole('button', { name: `${tr('training.register.submit')} ${name}`, exact: true })
      .first()
      .click();
  }
  await register(first);
  await page.getByText(fill(tr('training.register.confirmed'), { name: first }), { exact: true }).waitFor();
  await register(second);
  await page.getByText(fill(tr('training.register.confirmed'), { name: second }), { exact: true }).waitFor();
  // searched again, the first is marked as registered and offers no "Daftarkan" (issue #18)
  await page.getByLabel(tr('training.register.search'), { exact: true }).fill(first);
  await page.getByRole('button', { name: tr('training.register.find'), exact: true }).click();
  const again = page.getByRole('list', { name: tr('training.register.results') }).getByRole('listitem').filter({ hasText: first }).first();
  await again.getByText(tr('training.register.alreadyRegistered'), { exact: true }).waitFor();
  assertEqual(await again.getByRole('button').count(), 0, 'no "Daftarkan" for a business already registered');
  const participants = page.getByRole('table', { name: tr('training.registrations.caption') });
  await participants.getByRole('link', { name: second, exact: true }).waitFor();
  assertEqual(await participants.locator('tbody tr').count(), 2, 'two participants are listed');
  await checkA11y(page, 'training session page');

  // 4. attendance: one attended with a note, one absent
  await page.getByRole('link', { name: tr('training.detail.takeAttendance'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === `${sessionPath}/attendance`);
  const row = (name) => page.locator('fieldset', { has: page.locator('legend', { hasText: name }) });
  await row(first).getByLabel(tr('training.attendance.attended'), { exact: true }).check();
  await row(first).getByLabel(fill(tr('training.attendance.note'), { name: first }), { exact: true }).fill('Sudah membuat akun marketplace');
  await row(second).getByLabel(tr('training.attendance.absent'), { exact: true }).check();
  await checkA11y(page, 'attendance checklist');
  await page.getByRole('button', { name: tr('training.attendance.save'), exact: true }).click();
  await page.getByText(fill(tr('training.attendance.saved'), { attended: '1', absent: '1', notRecorded: '0' }), { exact: true }).waitFor();
  const rate = fill(tr('training.attendance.rate'), { rate: '50%' });
  await page.getByText(rate, { exact: true }).waitFor();

  // 5. the session page shows the attendance rate the API computes
  await page.getByRole('button', { name: tr('training.attendance.backToSession'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === sessionPath);
  await page.getByText(tr('training.detail.attendanceSaved'), { exact: true }).waitFor();
  await page.getByText(rate, { exact: true }).waitFor();
  const attendedCell = participants.locator('tbody tr', { hasText: first }).getByRole('cell', { name: new RegExp(`^${tr('training.attendance.attended')}`) });
  await attendedCell.waitFor();
  await checkA11y(page, 'training session page after attendance');
}
