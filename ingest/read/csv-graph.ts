// entities.csv / relations.csv with header rows, for users who bring spreadsheets.
import type { EntityInput, ParsedInput, Problem, RelationInput } from '../model.ts';
import { parseCsv } from './csv.ts';

const ENTITY_COLUMNS = ['id', 'name', 'type', 'aliases', 'description'];
const RELATION_COLUMNS = ['id', 'from', 'type', 'to', 'status', 'date', 'claimant', 'figures', 'article', 'quote'];
const REQUIRED: Record<'entities' | 'relations', string[]> = {
  entities: ['id', 'name', 'type'],
  relations: ['id', 'from', 'type', 'to', 'article', 'quote'],
};

export function csvKind(file: string): 'entities' | 'relations' | undefined {
  const base = file.split(/[\\/]/).pop()!.toLowerCase();
  if (/entities.*\.csv$/.test(base)) return 'entities';
  if (/relations.*\.csv$/.test(base)) return 'relations';
  return undefined;
}

/** `troops=1500; shells=8000000` → {troops: '1500', …}; numbers are checked by validation. */
function parseFigures(raw: string): Record<string, unknown> | string {
  const out: Record<string, unknown> = {};
  for (const part of raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=]+)=(.*)$/.exec(part);
    if (!m) return raw;
    const n = Number(m[2]!.trim());
    out[m[1]!.trim()] = m[2]!.trim() === '' || Number.isNaN(n) ? m[2]!.trim() : n;
  }
  return out;
}

export function readCsvGraph(
  file: string,
  text: string,
  kind: 'entities' | 'relations',
): Pick<ParsedInput, 'entities' | 'relations' | 'problems'> {
  const problems: Problem[] = [];
  const { records, error } = parseCsv(text);
  if (error)
    return { entities: [], relations: [], problems: [{ file, line: error.line, message: `CSV: ${error.message}` }] };
  const header = records[0];
  if (!header)
    return { entities: [], relations: [], problems: [{ file, line: 1, message: 'empty CSV: expected a header row' }] };
  const columns = header.fields.map((h) => h.trim());
  const known = kind === 'entities' ? ENTITY_COLUMNS : RELATION_COLUMNS;
  for (const c of columns)
    if (!known.includes(c))
      problems.push({ file, line: header.line, message: `unknown column "${c}" (allowed: ${known.join(', ')})` });
  for (const c of REQUIRED[kind])
    if (!columns.includes(c)) problems.push({ file, line: header.line, message: `missing column "${c}"` });
  if (problems.length) return { entities: [], relations: [], problems };

  const entities: EntityInput[] = [];
  const relations: RelationInput[] = [];
  for (const rec of records.slice(1)) {
    if (rec.fields.length !== columns.length) {
      problems.push({ file, line: rec.line, message: `expected ${columns.length} fields, found ${rec.fields.length}` });
      continue;
    }
    const row: Record<string, string> = {};
    const fieldLines: Record<string, number> = {};
    columns.forEach((c, i) => {
      row[c] = rec.fields[i]!;
      fieldLines[c] = rec.line;
    });
    const opt = (k: string) => (row[k] === undefined || row[k] === '' ? undefined : row[k]);
    const at = { file, line: rec.line };
    if (kind === 'entities') {
      entities.push({
        at,
        fieldLines,
        id: opt('id'),
        name: opt('name'),
        type: opt('type'),
        aliases: (row.aliases ?? '')
          .split(/[;|]/)
          .map((a) => a.trim())
          .filter(Boolean),
        description: opt('description'),
      });
    } else {
      relations.push({
        at,
        fieldLines,
        id: opt('id'),
        from: opt('from'),
        type: opt('type'),
        to: opt('to'),
        status: opt('status'),
        date: opt('date'),
        claimant: opt('claimant'),
        figures: opt('figures') === undefined ? undefined : parseFigures(row.figures!),
        article: opt('article'),
        quote: opt('quote'),
      });
    }
  }
  return { entities, relations, problems };
}
