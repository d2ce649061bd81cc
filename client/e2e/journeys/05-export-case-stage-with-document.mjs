// Sign in as an officer, open a coffee export case at intake, record its first required documents
// as verified (uploading a small PDF for one), move it to legal_check with the board's keyboard
// alternative to dragging, and see the move on the case's timeline.
//
// Note: the API's checklist has no document that blocks leaving intake; the first required
// documents are the legal-check ones (NIB with an export KBLI, NPWP, customs access), which the
// officer gathers at intake. The journey verifies those, then also moves on from legal_check to
// show that the verified documents let the case pass that gate.
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

/** A minimal valid PDF made here (the API checks the %PDF- magic bytes). */
function smallPdf() {
  const text = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.from(text, 'latin1');
}

const fill = (template, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), template);

export default async function exportCaseStageWithDocument({ page, baseUrl, tr, checkA11y, assert, assertEqual }) {
  const t = (key) => tr(`export-cases.${key}`);
  const field = (key) => page.getByLabel(t(`fields.${key}`), { exact: true });
  await signIn(page, baseUrl, tr);

  // 1. open a new coffee case from the board
  await page.getByRole('navigation', { name: tr('app.mainNav') }).getByRole('link', { name: t('nav'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t('board.title') }).waitFor();
  await page.getByRole('link', { name: t('board.new'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t('form.createTitle') }).waitFor();

  const search = page.getByLabel(t('form.businessSearch'), { exact: true });
  await search.fill('kopi');
  await search.press('Enter');
  const results = page.getByRole('list', { name: t('form.results') });
  const firstResult = results.getByRole('button').first();
  await firstResult.waitFor();
  const pickedText = await firstResult.innerText();
  await firstResult.click();
  await page.getByRole('button', { name: t('form.changeBusiness'), exact: true }).waitFor();

  await field('commodity').selectOption('coffee');
  await field('hsCode').fill('0901.11.90');
  await field('productDescription').fill('Green arabica coffee, Sidikalang, grade 1 (e2e)');
  await field('destinationCountry').selectOption('MY');
  await field('volume').fill('18');
  await field('volumeUnit').selectOption('tonne');
  await field('estimatedValueUsd').fill('95400.50');
  await field('estimatedValueIdr').fill('1526000000');
  assertEqual(await field('estimatedValueIdr').inputValue(), '1.526.000.000', 'rupiah shows thousands separators');
  await checkA11y(page, 'new export case form');
  await page.getByRole('button', { name: t('form.create'), exact: true }).click();

  await page.waitForURL((url) => /^\/export-cases\/\d+$/.test(url.pathname));
  const caseId = new URL(page.url()).pathname.split('/').pop();
  await page.getByText(t('detail.created'), { exact: true }).waitFor();
  const stagePanel = page.locator('section.ec-stage-panel');
  assert((await stagePanel.innerText()).includes(tr('status.exportStage.intake')), 'the new case is at intake');
  console.log(`    opened case #${caseId}: ${pickedText}`);

  // 2. the first required documents: upload a PDF for the NIB, then mark all three verified
  const docRow = (type) => page.locator(`tr[data-document-type="${type}"]`);
  async function openEditor(type) {
    await docRow(type).getByRole('button', { name: new RegExp(`^${t('documents.edit')}`) }).click();
    return page.locator('.ec-doc-editor');
  }
  async function verify(type, number, editor) {
    const panel = editor ?? (await openEditor(type));
    await panel.getByLabel(t('documents.status'), { exact: true }).selectOption('verified');
    await panel.getByLabel(t('documents.number'), { exact: true }).fill(number);
    await panel.getByLabel(t('documents.issuedOn'), { exact: true }).fill('2024-01-15');
    // "verified" needs a file or a recorded reason (issue #17): the officer records the reason
    await panel.getByLabel(t('documents.note'), { exact: true }).fill('Diperiksa terhadap dokumen asli di kantor OSS.');
    await panel.getByRole('button', { name: t('documents.save'), exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    await docRow(type).getByText(tr('status.document.verified'), { exact: true }).waitFor();
  }

  const nibEditor = await openEditor('nib_export_kbli');
  await nibEditor.getByLabel(t('documents.file'), { exact: true }).setInputFiles({ name: 'nib-ekspor.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
  await nibEditor.getByRole('button', { name: t('documents.upload'), exact: true }).click();
  await nibEditor.getByText(t('documents.uploaded'), { exact: true }).waitFor();
  await docRow('nib_export_kbli').getByRole('button', { name: fill(t('documents.download'), { file: 'nib-ekspor.pdf' }) }).waitFor();
  await checkA11y(page, 'document editor');
  await verify('nib_export_kbli', '9120301234567', nibEditor);
  await verify('npwp', '01.234.567.8-121.000');
  await verify('customs_access', 'BC-REG-2024-0042');

  // 3. move it to legal_check on the board with the keyboard (no dragging)
  await page.getByRole('navigation', { name: t('subnav.label') }).getByRole('link', { name: t('subnav.board'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t('board.title') }).waitFor();
  const card = page.locator(`section[data-stage="intake"] article[data-case-id="${caseId}"]`);
  await card.waitFor();
  await checkA11y(page, 'export case board');
  const nextButton = card.getByRole('button', { name: t('move.next'), exact: true });
  await nextButton.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: fill(t('move.done'), { name: '', stage: tr('status.exportStage.legal_check') }).trim() }).waitFor();
  await page.locator(`section[data-stage="legal_check"] article[data-case-id="${caseId}"]`).waitFor();
  assertEqual(await page.locator(`section[data-stage="intake"] article[data-case-id="${caseId}"]`).count(), 0, 'the card left intake');

  // 4. the case page shows the move on its timeline
  await page.locator(`article[data-case-id="${caseId}"]`).getByRole('link').first().click();
  await page.waitForURL((url) => url.pathname === `/export-cases/${caseId}`);
  const moveEntry = `${tr('export-cases.timeline.kind.stage_changed')}: ${tr('status.exportStage.intake')} → ${tr('status.exportStage.legal_check')}`;
  await page.locator('ol.ec-timeline li', { hasText: moveEntry }).waitFor();
  await page.locator('ol.ec-timeline li', { hasText: 'nib-ekspor.pdf' }).or(page.locator('ol.ec-timeline li[data-kind="file_uploaded"]')).first().waitFor();
  assert((await stagePanel.innerText()).includes(tr('status.exportStage.legal_check')), 'the case page shows legal_check');

  // 5. with its documents verified, the case may also leave legal_check (the API checks them)
  await stagePanel.getByRole('button', { name: t('move.next'), exact: true }).click();
  await stagePanel.getByRole('status').filter({ hasText: tr('status.exportStage.commodity_licence') }).waitFor();
  const nextEntry = `${tr('export-cases.timeline.kind.stage_changed')}: ${tr('status.exportStage.legal_check')} → ${tr('status.exportStage.commodity_licence')}`;
  await page.locator('ol.ec-timeline li', { hasText: nextEntry }).waitFor();
  await page.locator('ol.ec-timeline li', { hasText: moveEntry }).waitFor();
  await checkA11y(page, 'export case page after the moves');
}
