// A deterministic synthetic story graph in our ingest input format (entities.csv, relations.csv, Markdown
// articles), with power-law degrees and a few hubs: the shape of a newsroom database after months of a story.
// Rows are streamed, so a million claims never become one string in memory.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { CLAIM_STATUS_IDS, ENTITY_TYPES } from '../model/domain.ts';
import { mulberry32 } from '../util/prng.ts';

export interface SyntheticOptions {
  entities: number;
  claims: number;
  /** Entities e-0 … e-(hubs-1) are hubs. */
  hubs: number;
  /** Share of all claim endpoints (two per claim) that land on a hub; each hub then has about
   *  2·claims·hubShare/hubs claims (10 hubs, hubShare 0.225, 1M claims → ~45,000 claims per hub). */
  hubShare: number;
  articles: number;
  seed?: number;
}

export interface SyntheticGraph {
  hubIds: string[];
  entityIds: (i: number) => string;
  articleIds: string[];
  outlets: string[];
  relTypes: readonly string[];
  files: { entities: string; relations: string; articles: string };
}

export const SYNTHETIC_REL_TYPES = [
  'SENDS_TROOPS_TO',
  'SUPPLIES',
  'DEPLOYED_IN',
  'LEADS',
  'MEMBER_OF',
  'CONFIRMS',
  'DENIES',
  'LOCATED_IN',
] as const;
const OUTLET_COUNT = 20;
const SENTENCES_PER_ARTICLE = 40;
const DAYS = 730;
const START = Date.UTC(2023, 0, 1);
const SYLLABLES = ['ka', 'ro', 'vel', 'mir', 'dan', 'so', 'lik', 'tor', 'an', 'bel', 'zu', 'gra', 'pe', 'nos', 'it'];

const csv = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const isoDay = (d: number) => new Date(START + d * 86_400_000).toISOString().slice(0, 10);
const entityId = (i: number) => `e-${i}`;
const articleId = (a: number) => `art-${a}`;
const sentence = (a: number, s: number) =>
  `Bericht ${a} zin ${s} meldt dat eenheid ${(a * 31 + s * 7) % 997} werd gezien.`;

/** A pronounceable, mostly distinct name, so prefix and fuzzy search see realistic tokens. */
function nameOf(i: number): string {
  const word = (n: number) => {
    let w = '';
    for (let k = 0; k < 3; k++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return `${word(i)} ${word(i * 7919 + 13)} ${i}`;
}

async function writeLines(file: string, header: string, n: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(header + '\n');
  for (let i = 0; i < n; i++) if (!out.write(row(i) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function writeArticles(dir: string, n: number, rand: () => number): void {
  mkdirSync(dir, { recursive: true });
  for (let a = 0; a < n; a++) {
    const body = Array.from({ length: SENTENCES_PER_ARTICLE }, (_, s) => sentence(a, s)).join(' ');
    const published = isoDay(Math.floor(rand() * DAYS));
    writeFileSync(
      path.join(dir, `${articleId(a)}.md`),
      `---\nid: ${articleId(a)}\ntitle: Synthetic report ${a}\noutlet: Outlet ${a % OUTLET_COUNT}\npublished: ${published}\nlanguage: nl\n---\n${body}\n`,
    );
  }
}

/** One endpoint: a hub with probability hubShare, else a Zipf-like pick among the rest (low indexes heavier). */
function endpointPicker(o: SyntheticOptions, rand: () => number): () => number {
  const rest = o.entities - o.hubs;
  return () => {
    if (o.hubs > 0 && (rest <= 0 || rand() < o.hubShare)) return Math.floor(rand() * o.hubs);
    return o.hubs + Math.min(rest - 1, Math.floor(rest * Math.pow(rand(), 2.5)));
  };
}

function claimRow(i: number, o: SyntheticOptions, rand: () => number, pick: () => number): string {
  const from = pick();
  let to = pick();
  if (to === from) to = (from + 1 + Math.floor(rand() * (o.entities - 1))) % o.entities;
  const a = Math.floor(rand() * o.articles);
  const undated = rand() < 0.08;
  const figure = rand();
  const figures =
    figure < 0.15
      ? `troops=${100 * (1 + Math.floor(rand() * 120))}`
      : figure < 0.2
        ? `shells=${1000 * Math.floor(rand() * 50)}`
        : '';
  return [
    `c-${i}`,
    entityId(from),
    SYNTHETIC_REL_TYPES[Math.floor(rand() * SYNTHETIC_REL_TYPES.length)],
    entityId(to),
    CLAIM_STATUS_IDS[Math.floor(rand() * CLAIM_STATUS_IDS.length)],
    undated ? '' : isoDay(Math.floor(rand() * DAYS)),
    rand() < 0.7 ? entityId(Math.floor(rand() * o.entities)) : '',
    figures,
    articleId(a),
    csv(sentence(a, Math.floor(rand() * SENTENCES_PER_ARTICLE))),
  ].join(',');
}

/** Writes entities.csv, relations.csv and articles/*.md into `dir`; the same seed gives the same bytes. */
export async function generateGraph(dir: string, o: SyntheticOptions): Promise<SyntheticGraph> {
  if (o.entities < 2 || o.hubs > o.entities || o.articles < 1) throw new Error('generateGraph: bad sizes');
  const rand = mulberry32(o.seed ?? 42);
  const files = {
    entities: path.join(dir, 'entities.csv'),
    relations: path.join(dir, 'relations.csv'),
    articles: path.join(dir, 'articles'),
  };
  mkdirSync(dir, { recursive: true });
  writeArticles(files.articles, o.articles, rand);
  await writeLines(files.entities, 'id,name,type,aliases,description', o.entities, (i) =>
    [entityId(i), nameOf(i), ENTITY_TYPES[i % ENTITY_TYPES.length]!.id, `Alias ${i}`, `Synthetic entity ${i}`].join(
      ',',
    ),
  );
  const pick = endpointPicker(o, rand);
  await writeLines(files.relations, 'id,from,type,to,status,date,claimant,figures,article,quote', o.claims, (i) =>
    claimRow(i, o, rand, pick),
  );
  return {
    hubIds: Array.from({ length: o.hubs }, (_, i) => entityId(i)),
    entityIds: entityId,
    articleIds: Array.from({ length: o.articles }, (_, a) => articleId(a)),
    outlets: Array.from({ length: Math.min(OUTLET_COUNT, o.articles) }, (_, k) => `Outlet ${k}`),
    relTypes: SYNTHETIC_REL_TYPES,
    files,
  };
}
