// Issue #18's "done when" for spreadsheets: an officer downloads the XLSX template, fills 30 rows
// with kecamatan and sector names chosen from its dropdown lists (2 of them wrong), imports the 28
// good rows ("Impor baris yang valid saja"), downloads the 2 errors as the same spreadsheet with a
// "Kesalahan" column, fixes them in place and imports them. The file is filled in Node (e2e/xlsx.mjs).
import { readFileSync } from 'node:fs';
import { dropdownValues, readRows, unzip, writeRows, zip } from '../xlsx.mjs';

async function signIn(page, baseUrl, credentials, tr) {
  await page.goto(`${baseUrl}/login?next=%2Fimports`);
  await page.getByLabel(tr('auth.email'), { exact: true }).fill(credentials.email);
  await page.getByLabel(tr('auth.password'), { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: tr('auth.submit'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/imports');
}

/** Clicks a button that saves a file and returns the file's bytes and name. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { bytes: readFileSync(await file.path()), name: file.suggestedFilename() };
}

/** The template's Indonesian headers -> what the officer types. */
function rowFor(header, values) {
  return header.map((h) => values[h] ?? '');
}

export default async function spreadsheetImportErrors({ page, baseUrl, credentials, tr, checkA11y, assert, assertEqual }) {
  const stamp = String(Date.now());
  await signIn(page, baseUrl, credentials, tr);
  await page.getByRole('heading', { name: tr('imports.title') }).waitFor();

  // 1. the XLSX template, with its dropdown lists
  const template = await download(page, page.getByRole('button', { name: tr('imports.templateXlsx') }));
  assert(template.name.endsWith('.xlsx'), `an .xlsx template (${template.name})`);
  const parts = unzip(template.bytes);
  const header = readRows(parts.get('xl/worksheets/sheet1.xml').toString('utf8'))[0];
  assertEqual(header[1], 'Nama usaha', 'Indonesian headers');
  const letter = (name) => String.fromCharCode(65 + header.indexOf(name));
  const genders = dropdownValues(parts, letter('Jenis kelamin pemilik'));
  const sectors = dropdownValues(parts, letter('Sektor'));
  const kecamatan = dropdownValues(parts, letter('Kecamatan'));
  assertEqual(kecamatan.length, 21, 'the 21 kecamatan in the dropdown');
  assert(sectors.includes('Makanan dan minuman') && genders.includes('Perempuan'), `sector and gender dropdowns (${sectors}; ${genders})`);

  // 2. thirty businesses, kecamatan and sector picked from the lists; rows 7 and 19 wrong
  const rows = Array.from({ length: 30 }, (_, i) => ({
    NIB: `8${stamp.slice(-9)}${String(i).padStart(3, '0')}`,
    'Nama usaha': `E2E Lembar ${stamp.slice(-6)} Usaha ${i + 1}`,
    'Nama pemilik': `Pemilik Lembar ${i + 1}`,
    'NIK pemilik': `1271015504850${String(100 + i).padStart(3, '0')}`, // women: birth day 15 + 40
    'Jenis kelamin pemilik': 'Perempuan',
    KBLI: '10792:2020',
    Sektor: sectors[i % sectors.length],
    Kecamatan: kecamatan[i % kecamatan.length],
    Kelurahan: '',
    'Kode kelurahan': '',
    Alamat: `Jl. Sisingamangaraja No. ${i + 1}`,
    'Jumlah pekerja': String(2 + (i % 5)),
    'Modal usaha (Rp)': '150000000',
    'Omzet tahunan (Rp)': '480000000',
    'Binaan sejak': '15/03/2021',
  }));
  // a kelurahan name that matches none is kept as typed (the office fixes it later in the kelurahan report)
  for (const row of rows) row.Kelurahan = 'Kelurahan E2E';
  rows[6].Kecamatan = 'Medan Kita'; // typed over the dropdown
  rows[18].Sektor = 'Tambang';
  const filled = new Map(parts);
  filled.set('xl/worksheets/sheet1.xml', Buffer.from(writeRows(parts.get('xl/worksheets/sheet1.xml').toString('utf8'),
    [header, ...rows.map((r) => rowFor(header, r))]), 'utf8'));
  const fileInput = page.getByLabel(tr('imports.file'), { exact: true });
  await fileInput.setInputFiles({ name: `umkm-${stamp}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: zip(filled) });
  await page.getByRole('button', { name: tr('imports.dryRun'), exact: true }).click();
  await page.getByText(tr('imports.dryRunReport'), { exact: true }).waitFor({ timeout: 60_000 });
  const errors = page.getByRole('table', { name: tr('imports.report.errorsCaption') });
  await errors.waitFor();
  assertEqual(await errors.locator('tbody tr').count(), 2, 'the two wrong rows');
  await checkA11y(page, 'dry run with errors');

  // 3. import the 28 good rows
  await page.getByRole('checkbox', { name: tr('imports.validRowsOnly') }).check();
  await page.getByRole('button', { name: tr('imports.commit'), exact: true }).click();
  await page.getByText(/Impor selesai: 28 dibuat/).waitFor({ timeout: 60_000 });

  // 4. the two errors as the same spreadsheet, with a Kesalahan column
  const errorFile = await download(page, page.getByRole('button', { name: tr('imports.errorFile.download').replace('{{format}}', 'XLSX') }).last());
  assert(errorFile.name.endsWith('.xlsx'), `the error file is an .xlsx (${errorFile.name})`);
  const errorParts = unzip(errorFile.bytes);
  const errorRows = readRows(errorParts.get('xl/worksheets/sheet1.xml').toString('utf8'));
  assertEqual(errorRows[0].at(-1), 'Kesalahan', 'the error column');
  assertEqual(errorRows.length, 3, 'the header and the two rows with errors');
  assert(errorRows[1].at(-1).includes('Medan Kita') && errorRows[2].at(-1).includes('Tambang'), `each row says what is wrong (${errorRows.map((r) => r.at(-1))})`);

  // 5. fixed in place and imported
  const k = errorRows[0].indexOf('Kecamatan');
  const s = errorRows[0].indexOf('Sektor');
  errorRows[1][k] = kecamatan[0];
  errorRows[2][s] = sectors[0];
  const fixed = new Map(errorParts);
  fixed.set('xl/worksheets/sheet1.xml', Buffer.from(writeRows(errorParts.get('xl/worksheets/sheet1.xml').toString('utf8'), errorRows), 'utf8'));
  await fileInput.setInputFiles({ name: errorFile.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: zip(fixed) });
  await page.getByRole('button', { name: tr('imports.dryRun'), exact: true }).click();
  await page.getByText(tr('imports.noErrors'), { exact: true }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: tr('imports.commit'), exact: true }).click();
  await page.getByText(/Impor selesai: 2 dibuat/).waitFor({ timeout: 60_000 });
  await checkA11y(page, 'fixed rows imported');
}
