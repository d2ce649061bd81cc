// A small .xlsx helper for the journeys, with Node's zlib only (no package): reads the parts of a
// workbook (a zip), reads a worksheet's cells, replaces its rows with text cells, and zips it again.
// Enough to fill the API's template (SpreadCheetah writes inline strings) the way an officer would.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The parts of a zip: Map name -> Buffer. */
export function unzip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('xlsx: not a zip archive');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const parts = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extra = buffer.readUInt16LE(offset + 30);
    const comment = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    parts.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** A zip of the parts (deflated). */
export function zip(parts) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(content);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "AB" -> 27 (0-based). */
const columnIndex = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
/** 0 -> "A", 26 -> "AA". */
export const columnLetters = (index) => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** The rows of a worksheet's XML as arrays of cell texts (inline strings and plain values). */
export function readRows(sheetXml) {
  const rows = [];
  for (const row of sheetXml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells = [];
    let next = 0; // a cell without r="A1" (SpreadCheetah leaves it out) is the one after the previous
    for (const cell of (row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(cell[1]);
      const index = ref ? columnIndex(ref[1]) : next;
      next = index + 1;
      const body = cell[2] ?? '';
      const text = [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('') || (/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      cells[index] = unescape(text);
    }
    rows.push(Array.from(cells, (v) => v ?? ''));
  }
  return rows;
}

/** The worksheet's XML with its rows replaced by these (text cells; the rest of the sheet, dropdowns included, stays). */
export function writeRows(sheetXml, rows) {
  const body = rows
    .map((cells, r) =>
      `<row r="${r + 1}">` +
      cells
        .map((value, c) => (value === '' || value == null ? '' : `<c r="${columnLetters(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escape(String(value))}</t></is></c>`))
        .join('') +
      '</row>',
    )
    .join('');
  const empty = /<sheetData\s*\/>/;
  if (empty.test(sheetXml)) return sheetXml.replace(empty, `<sheetData>${body}</sheetData>`);
  return sheetXml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${body}</sheetData>`);
}

/** The worksheet part of a sheet named in xl/workbook.xml. */
export function sheetPart(parts, name) {
  const workbook = parts.get('xl/workbook.xml').toString('utf8');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${name}"`));
  if (!sheet) throw new Error(`xlsx: no sheet ${name}`);
  const id = /r:id="([^"]+)"/.exec(sheet)[1];
  const rels = parts.get('xl/_rels/workbook.xml.rels').toString('utf8');
  const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)[0].match(/Target="([^"]+)"/)[1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The dropdown list of a column of the first sheet: the values of the list range its data validation names. */
export function dropdownValues(parts, columnLetter) {
  const sheet = parts.get('xl/worksheets/sheet1.xml').toString('utf8');
  for (const v of sheet.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const sqref = /sqref="([A-Z]+)\d+/.exec(v[1])?.[1];
    if (sqref !== columnLetter || !/type="list"/.test(v[1])) continue;
    const formula = unescape(/<formula1>([\s\S]*?)<\/formula1>/.exec(v[2])[1]);
    const [, sheetName, col, from, to] = /^'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(formula);
    const rows = readRows(parts.get(sheetPart(parts, sheetName)).toString('utf8'));
    return rows.slice(Number(from) - 1, Number(to)).map((r) => r[columnIndex(col)]).filter(Boolean);
  }
  throw new Error(`xlsx: no dropdown list on column ${columnLetter}`);
}
