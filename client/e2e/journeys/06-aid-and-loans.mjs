// Sign in as an officer, form a group with two member businesses, record equipment aid with two
// items for it, deliver it (the API first lists what the handover record still lacks, then accepts
// the date and document number), refer one member for a KUR micro loan that the bank approves, and
// find the group and that member in this year's "groups aided and member loans" report.
const officer = {
  email: process.env.E2E_OFFICER_EMAIL || 'officer@medanumkm.go.id',
  password: process.env.E2E_OFFICER_PASSWORD || 'Officer#12345',
};

async function signIn(page, baseUrl, tr) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(officer.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(officer.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Two active businesses to work with: test data looked up through the API, as staff would know them. */
async function twoActiveBusinesses(baseUrl) {
  const tokenResponse = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(officer),
  });
  const { accessToken, token } = await tokenResponse.json();
  const page = 2 + (Date.now() % 20); // a different pair on each run
  const response = await fetch(`${baseUrl}/api/v1/businesses?status=active&pageSize=2&page=${page}&sort=name`, {
    headers: { Authorization: `Bearer ${accessToken ?? token}` },
  });
  const body = await response.json();
  if (!body.items || body.items.length < 2) throw new Error(`e2e: need two active businesses (HTTP ${response.status})`);
  return body.items;
}

const text = (key, values = {}, tr) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), tr(key));

async function pickBusiness(page, tr, labelKey, business, ns) {
  await page.getByLabel(tr(labelKey), { exact: true }).fill(business.nib);
  await page.getByRole('button', { name: tr(`${ns}.picker.search`), exact: true }).click();
  await page.getByRole('button', { name: text(`${ns}.picker.choose`, { name: business.name }, tr), exact: true }).click();
  await page.getByText(text(`${ns}.picker.selected`, { name: business.name }, tr), { exact: true }).waitFor();
}

export default async function aidAndLoans({ page, baseUrl, tr, checkA11y, assert, assertEqual }) {
  const [leader, member] = await twoActiveBusinesses(baseUrl);
  const stamp = String(Date.now()).slice(-6);
  const groupName = `E2E Kelompok Kopi ${stamp}`;
  const today = new Date().toISOString().slice(0, 10); // the API's own (UTC) date: never "in the future"
  const year = today.slice(0, 4);

  await signIn(page, baseUrl, tr);

  // 1. form the group, led by the first business
  await page.getByRole('link', { name: tr('groups.nav'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/groups');
  await page.getByRole('link', { name: tr('groups.add'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('groups.form.createTitle') }).waitFor();
  await page.getByLabel(tr('groups.fields.name'), { exact: true }).fill(groupName);
  await page.getByLabel(tr('groups.fields.kind'), { exact: true }).selectOption('sector_cluster');
  const kecamatan = page.getByLabel(tr('groups.fields.kecamatan'), { exact: true });
  await kecamatan.locator('option[value="12.71.01"]').waitFor({ state: 'attached' });
  await kecamatan.selectOption('12.71.01');
  await page.getByLabel(tr('groups.fields.formedOn'), { exact: true }).fill('2024-02-01');
  await pickBusiness(page, tr, 'groups.fields.leader', leader, 'groups');
  await checkA11y(page, 'group form');
  await page.getByRole('button', { name: tr('groups.form.create'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: groupName, exact: true }).waitFor();
  await page.getByText(tr('groups.detail.created'), { exact: true }).waitFor();
  const groupPath = new URL(page.url()).pathname;

  // 2. the second member joins
  await pickBusiness(page, tr, 'groups.members.business', member, 'groups');
  await page.getByRole('button', { name: tr('groups.members.add'), exact: true }).click();
  await page.getByText(text('groups.members.added', { name: member.name }, tr), { exact: true }).waitFor();
  const membersTable = page.getByRole('table', { name: tr('groups.members.caption') });
  await membersTable.getByRole('link', { name: member.name, exact: true }).waitFor();
  assertEqual(await membersTable.locator('tbody tr').count(), 2, 'the group has two members');
  await checkA11y(page, 'group page');

  // 3. record aid with two items
  await page.getByRole('link', { name: tr('groups.detail.recordAid'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('aid.form.createTitle') }).waitFor();
  await page.getByText(groupName, { exact: true }).waitFor();
  await page.getByLabel(tr('aid.fields.programme'), { exact: true }).fill('APBD Kota Medan');
  await page.getByLabel(text('aid.items.nameRow', { row: 1 }, tr), { exact: true }).fill('Mesin sangrai kopi 5 kg');
  await page.getByLabel(text('aid.items.quantityRow', { row: 1 }, tr), { exact: true }).fill('2');
  await page.getByLabel(text('aid.items.unitValueRow', { row: 1 }, tr), { exact: true }).pressSequentially('18500000');
  await page.getByRole('button', { name: tr('aid.items.add'), exact: true }).click();
  await page.getByLabel(text('aid.items.nameRow', { row: 2 }, tr), { exact: true }).fill('Timbangan digital');
  await page.getByLabel(text('aid.items.quantityRow', { row: 2 }, tr), { exact: true }).fill('3');
  await page.getByLabel(text('aid.items.unitRow', { row: 2 }, tr), { exact: true }).fill('set');
  await page.getByLabel(text('aid.items.unitValueRow', { row: 2 }, tr), { exact: true }).pressSequentially('1250000');
  const grandTotal = (await page.getByTestId('aid-grand-total').innerText()).replace(/\s/g, ' ');
  assertEqual(grandTotal, 'Rp 40.750.000', 'the form adds up 2 x Rp 18.500.000 + 3 x Rp 1.250.000');
  await checkA11y(page, 'aid form');
  await page.getByRole('button', { name: tr('aid.form.create'), exact: true }).click();
  await page.getByText(tr('aid.detail.created'), { exact: true }).waitFor();

  // 4. deliver: first without the handover record (the API lists what is missing), then with it
  await page.getByRole('button', { name: tr('aid.actions.deliver'), exact: true }).click();
  await page.getByRole('button', { name: tr('aid.actions.confirmDeliver'), exact: true }).click();
  const missing = page.getByRole('alert').filter({ hasText: tr('aid.actions.missingIntro') });
  await missing.waitFor();
  assert((await missing.innerText()).includes(tr('aid.fields.handoverDocumentNumber')), 'the 409 names the missing document number');
  const actions = page.locator('.aid-actions');
  await actions.getByLabel(tr('aid.fields.handedOverOn'), { exact: true }).fill(today);
  await actions.getByLabel(tr('aid.fields.handoverDocumentNumber'), { exact: true }).fill(`BAST/${stamp}/DKUKMPP/${year}`);
  await page.getByRole('button', { name: tr('aid.actions.confirmDeliver'), exact: true }).click();
  await page.locator('.page-header .badge', { hasText: tr('status.aid.delivered') }).waitFor();
  await checkA11y(page, 'delivered aid');

  // 5. refer the second member for a KUR micro loan; the bank approves it
  await page.getByRole('link', { name: tr('loans.nav'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/loans');
  await page.getByRole('link', { name: tr('loans.add'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('loans.form.createTitle') }).waitFor();
  await pickBusiness(page, tr, 'loans.fields.business', member, 'loans');
  await page.getByLabel(tr('loans.fields.bank'), { exact: true }).selectOption('bri');
  await page.getByLabel(tr('loans.fields.product'), { exact: true }).selectOption('kur_micro');
  await page.getByLabel(tr('loans.fields.amountRequested'), { exact: true }).pressSequentially('50000000');
  await page.getByLabel(tr('loans.fields.purpose'), { exact: true }).fill('Modal kerja pembelian biji kopi');
  await checkA11y(page, 'loan referral form');
  await page.getByRole('button', { name: tr('loans.form.create'), exact: true }).click();
  await page.getByText(tr('loans.detail.created'), { exact: true }).waitFor();
  // only the allowed move is offered
  assertEqual(await page.getByRole('button', { name: tr('loans.actions.toApproved'), exact: true }).count(), 0, 'cannot approve before submitting');
  await page.getByRole('button', { name: tr('loans.actions.toSubmitted'), exact: true }).click();
  await page.getByRole('button', { name: tr('loans.actions.save'), exact: true }).click();
  await page.getByRole('button', { name: tr('loans.actions.toApproved'), exact: true }).click();
  await page.getByLabel(tr('loans.fields.amountApproved'), { exact: true }).waitFor();
  await page.getByRole('button', { name: tr('loans.actions.save'), exact: true }).click();
  await page.locator('.page-header .badge', { hasText: tr('status.loan.approved') }).waitFor();

  // 6. this year's report: the group, its aid, and the member with the loan
  await page.getByRole('link', { name: tr('aid.nav'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/aid');
  await page.getByRole('link', { name: tr('aid.reports.nav'), exact: true }).click();
  await page.getByRole('heading', { level: 2, name: text('aid.reports.loans.title', { year }, tr) }).waitFor();
  const row = page.locator('tr', { has: page.getByRole('link', { name: groupName, exact: true }) });
  await row.waitFor();
  assert((await row.innerText()).includes('40.750.000'), 'the report shows the group with its aid value');
  await row.getByRole('button', { name: `${tr('aid.reports.loans.showShort')} ${groupName}`, exact: true }).click();
  const panel = page.locator('.expand-panel').filter({ has: page.getByRole('link', { name: member.name, exact: true }) });
  await panel.waitFor();
  assert((await panel.innerText()).includes(tr('status.loanProduct.kur_micro')), 'the member is listed with the KUR micro loan');
  await panel.scrollIntoViewIfNeeded();
  await checkA11y(page, 'groups with member loans report');
  assert(groupPath.startsWith('/groups/'), 'the group page had its own address');
}
