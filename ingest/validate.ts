// Checks everything before any write and reports every problem in one pass.
import {
  CLAIM_STATUS_IDS,
  ENTITY_TYPE_IDS,
  FIGURE_KEY_PATTERN,
  ID_PATTERN,
  MENTIONS,
  REL_TYPE_PATTERN,
  RESERVED_CLAIM_KEYS,
} from '../lib/model/domain.ts';
import { normalizeWhitespace } from './match/normalize.ts';
import { aliasKey } from './match/aliases.ts';
import { parseFigureValue, type FigureQualifier } from '../lib/model/figures.ts';
import { foldTypography, locateQuote, type FoldedText } from '../lib/util/quote-match.ts';
import type { Article, Claim, Entity, ParsedInput, PartialDate, Problem, ValidInput, Where } from './model.ts';

/** What the database already holds, for references that point outside this run's files. */
export interface KnownGraph {
  entityIds: ReadonlySet<string>;
  articleTexts: ReadonlyMap<string, string>;
}

export const EMPTY_KNOWN: KnownGraph = { entityIds: new Set(), articleTexts: new Map() };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

export function parsePartialDate(raw: unknown, allowTime: boolean): PartialDate | string {
  if (typeof raw === 'number' && Number.isInteger(raw)) raw = String(raw);
  if (typeof raw !== 'string') return 'must be a date like 2024-10-28, 2024-10 or 2024';
  const m = DATE.exec(raw.trim());
  if (!m) return `"${raw}" is not a date like 2024-10-28, 2024-10 or 2024`;
  if (m[4] !== undefined && !allowTime) return `"${raw}": a time is not allowed here`;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return `"${raw}": month ${month} does not exist`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `"${raw}": day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return `"${raw}": invalid time`;
  return { text: raw.trim(), year, month, day };
}

/** An http(s) URL as written, or '' when it is not one (the reader links it, so nothing else may pass). */
function webAddress(v: unknown): string {
  if (typeof v !== 'string' || !/^https?:\/\/\S+$/.test(v.trim())) return '';
  try {
    new URL(v.trim());
    return v.trim();
  } catch {
    return '';
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** `figures: { troops: 10000, casualties: "more than 600000" }`: numbers, and bounds kept apart. */
function figuresOf(
  raw: unknown,
  problem: (message: string) => void,
): { figures: Record<string, number>; figureQualifiers: Record<string, FigureQualifier> } {
  const figures: Record<string, number> = {};
  const figureQualifiers: Record<string, FigureQualifier> = {};
  if (raw === undefined || raw === null) return { figures, figureQualifiers };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('`figures` must be a mapping like { troops: 10000 }');
    return { figures, figureQualifiers };
  }
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = parseFigureValue(v);
    if (!FIGURE_KEY_PATTERN.test(k) || (RESERVED_CLAIM_KEYS as readonly string[]).includes(k))
      problem(`figure name "${k}" must be lowerCamelCase and not a reserved property`);
    else if ('error' in parsed)
      problem(
        `figure "${k}" must be a number or a bound ("at least 1500", "more than 600000", "about 3000"), got ${JSON.stringify(v)}`,
      );
    else {
      figures[k] = parsed.value;
      if (parsed.qualifier) figureQualifiers[k] = parsed.qualifier;
    }
  }
  return { figures, figureQualifiers };
}

export function validate(
  input: ParsedInput,
  known: KnownGraph = EMPTY_KNOWN,
): { valid: ValidInput; problems: Problem[] } {
  const problems: Problem[] = [...input.problems];
  const at = (w: Where, fieldLines: Record<string, number>, field: string | undefined, message: string) =>
    problems.push({ file: w.file, line: (field && fieldLines[field]) || w.line, message });

  // Entities
  const entities: Entity[] = [];
  const entityAt = new Map<string, Where>();
  const aliasOwner = new Map<string, { entity: string; where: Where }>();
  for (const e of input.entities) {
    const f = (field: string | undefined, msg: string) => at(e.at, e.fieldLines, field, msg);
    const id = str(e.id);
    const before = problems.length;
    if (!id) f('id', 'entity needs an `id`');
    else if (!ID_PATTERN.test(id)) f('id', `entity id "${id}" must be kebab-case (a-z, 0-9, -)`);
    else if (entityAt.has(id)) {
      const first = entityAt.get(id)!;
      f('id', `duplicate entity id "${id}" (first defined at ${first.file}:${first.line})`);
    }
    const name = str(e.name);
    if (!name) f('name', `entity "${id ?? '?'}" needs a \`name\``);
    const type = str(e.type);
    if (!type) f('type', `entity "${id ?? '?'}" needs a \`type\``);
    else if (!ENTITY_TYPE_IDS.includes(type))
      f('type', `unknown entity type "${type}" (allowed: ${ENTITY_TYPE_IDS.join(', ')})`);
    let aliases: string[] = [];
    if (e.aliases !== undefined && e.aliases !== null) {
      if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))
        f('aliases', '`aliases` must be a list of non-empty strings');
      else aliases = (e.aliases as string[]).map((a) => a.trim());
    }
    if (e.description !== undefined && e.description !== null && typeof e.description !== 'string')
      f('description', '`description` must be text');
    if (id && !entityAt.has(id)) entityAt.set(id, e.at);
    for (const alias of [name ?? '', ...aliases]) {
      const key = aliasKey(alias);
      if (!key.replace(/^=/, '') || !id) continue;
      const owner = aliasOwner.get(key);
      if (owner && owner.entity !== id)
        f(
          'aliases',
          `alias "${alias}" of "${id}" is also an alias of "${owner.entity}" (${owner.where.file}:${owner.where.line})`,
        );
      else aliasOwner.set(key, { entity: id, where: e.at });
    }
    if (problems.length === before && id && name && type) {
      entities.push({ id, name, type, aliases, description: str(e.description) ?? null });
    }
  }

  // Articles
  const articles: Article[] = [];
  const articleAt = new Map<string, Where>();
  for (const a of input.articles) {
    const f = (field: string | undefined, msg: string) => at(a.at, a.fieldLines, field, msg);
    const before = problems.length;
    const id = str(a.id);
    if (!id) f('id', 'article front matter needs an `id`');
    else if (!ID_PATTERN.test(id)) f('id', `article id "${id}" must be kebab-case`);
    else if (articleAt.has(id)) f('id', `duplicate article id "${id}" (first defined at ${articleAt.get(id)!.file})`);
    const title = str(a.title);
    if (!title) f('title', 'article needs a `title`');
    const outlet = str(a.outlet);
    if (!outlet) f('outlet', 'article needs an `outlet`');
    const published = parsePartialDate(a.published, true);
    if (typeof published === 'string') f('published', `published: ${published}`);
    const language = str(a.language);
    if (!language || !/^[a-z]{2}$/.test(language)) f('language', '`language` must be a two-letter code such as nl');
    if (a.text.trim() === '') f(undefined, 'article body is empty');
    if (id && !articleAt.has(id)) articleAt.set(id, a.at);
    const url = a.url === undefined || a.url === null ? null : webAddress(a.url);
    if (url === '') f('url', `url must be an http(s) address, got ${JSON.stringify(a.url)}`);
    if (problems.length === before && id && title && outlet && typeof published !== 'string' && language) {
      articles.push({ id, title, outlet, published, language, url: url || null, text: a.text });
    }
  }

  // Claims
  const entityIds = (id: string) => entityAt.has(id) || known.entityIds.has(id);
  const articleText = new Map<string, string>(known.articleTexts);
  for (const a of articles) articleText.set(a.id, a.text);
  const foldedText = new Map<string, FoldedText>();
  const located = (articleId: string, quote: string): string | null => {
    const original = articleText.get(articleId) ?? '';
    let t = foldedText.get(articleId);
    if (t === undefined) {
      t = foldTypography(original);
      foldedText.set(articleId, t);
    }
    return locateQuote(t, original, quote);
  };
  const claims: Claim[] = [];
  const claimAt = new Map<string, Where>();
  for (const r of input.relations) {
    const f = (field: string | undefined, msg: string) => at(r.at, r.fieldLines, field, msg);
    const before = problems.length;
    const id = str(r.id);
    if (!id) f('id', 'relation needs an `id`');
    else if (!ID_PATTERN.test(id)) f('id', `relation id "${id}" must be kebab-case`);
    else if (claimAt.has(id))
      f('id', `duplicate relation id "${id}" (first defined at ${claimAt.get(id)!.file}:${claimAt.get(id)!.line})`);
    if (id && !claimAt.has(id)) claimAt.set(id, r.at);
    const from = str(r.from);
    const to = str(r.to);
    for (const [field, ref] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!ref) f(field, `relation "${id ?? '?'}" needs \`${field}\``);
      else if (!entityIds(ref)) f(field, `unknown entity "${ref}" in \`${field}\``);
    }
    const type = str(r.type);
    if (!type) f('type', `relation "${id ?? '?'}" needs a \`type\``);
    else if (!REL_TYPE_PATTERN.test(type) || type === MENTIONS)
      f('type', `relation type "${type}" must be UPPER_SNAKE_CASE and not ${MENTIONS}`);
    const status = str(r.status) ?? 'reported';
    if (!CLAIM_STATUS_IDS.includes(status))
      f('status', `unknown status "${status}" (allowed: ${CLAIM_STATUS_IDS.join(', ')})`);
    let date: PartialDate | null = null;
    if (r.date !== undefined && r.date !== null && r.date !== '') {
      const d = parsePartialDate(r.date, false);
      if (typeof d === 'string') f('date', `date: ${d}`);
      else date = d;
    }
    const claimant = str(r.claimant) ?? null;
    if (claimant && !entityIds(claimant)) f('claimant', `unknown claimant entity "${claimant}"`);
    const { figures, figureQualifiers } = figuresOf(r.figures, (msg) => f('figures', msg));
    const article = str(r.article);
    const quote = typeof r.quote === 'string' ? r.quote : undefined;
    if (!article) f('article', `relation "${id ?? '?'}" needs its evidence \`article\``);
    else if (!articleText.has(article)) f('article', `unknown article "${article}"`);
    // The article's own text of the quote (typography may differ from what was typed): what is stored.
    const verbatim = quote && article && articleText.has(article) ? located(article, quote) : null;
    if (!quote || quote.trim() === '') f('quote', `relation "${id ?? '?'}" needs its evidence \`quote\``);
    else if (article && articleText.has(article) && verbatim === null) {
      f(
        'quote',
        `quote not found in article "${article}": "${normalizeWhitespace(quote).slice(0, 80)}${quote.length > 80 ? '…' : ''}"`,
      );
    }
    if (problems.length === before && id && from && to && type && article && verbatim) {
      claims.push({ id, from, type, to, status, date, claimant, figures, figureQualifiers, article, quote: verbatim });
    }
  }
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { valid: { entities, claims, articles }, problems };
}
