// `npm run search-index -- [--labels A,B] [--properties p,q] [--yes]`: the explicit, opt-in way to give a graph
// this app did not fill a full-text index, because creating one is a write and the server never writes into such
// a database by itself. It proposes `CREATE FULLTEXT INDEX explorer_search IF NOT EXISTS FOR (n:A|B) ON EACH
// [n.p, n.q]` from the schema's labels and caption-like property keys, prints it, and runs it only with --yes.
// Search (server/search) picks the index up within seconds, like any full-text index.
//
// This is the one place DDL text is built: index names, labels and properties cannot be parameters in Cypher DDL.
// So every name is first checked to be exactly one the database knows (db.labels(), db.propertyKeys()) and then
// backtick-quoted (server/search/identifiers.ts); whatever the user typed never reaches the text otherwise.
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { isCaptionLike } from '../lib/model/caption.ts';
import { loadConfig } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { quoteIdentifier, unknownIdentifiers } from '../server/search/identifiers.ts';
import { isInternalLabel } from '../server/search/plan.ts';

export const SEARCH_INDEX_NAME = 'explorer_search';

export const USAGE = `usage: npm run search-index -- [--labels A,B] [--properties p,q] [--yes]

Proposes a full-text index ${SEARCH_INDEX_NAME} over the given labels and properties (default: every label,
and every property key that reads like a caption: name, title, …Name, …Title, …Label, …Caption), prints the
statement, and creates the index only with --yes. Search uses it within a few seconds.`;

export interface SearchIndexArgs {
  labels?: string[];
  properties?: string[];
  yes: boolean;
}

const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** argv → args; 'help' for --help, a message for anything it does not understand. */
export function parseSearchIndexArgs(argv: readonly string[]): SearchIndexArgs | 'help' | { error: string } {
  const out: SearchIndexArgs = { yes: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--yes' || flag === '-y') {
      out.yes = true;
      continue;
    }
    if (flag !== '--labels' && flag !== '--properties') return { error: `unknown argument ${argv[i]}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { error: `${flag} needs a comma-separated list` };
    out[flag === '--labels' ? 'labels' : 'properties'] = list(value);
  }
  return out;
}

export interface Tokens {
  labels: string[];
  propertyKeys: string[];
}

export type Proposal =
  { ok: true; statement: string; labels: string[]; properties: string[] } | { ok: false; error: string };

/** The CREATE statement for `args` against the database's own names; an error names what it does not know. */
export function proposeSearchIndex(tokens: Tokens, args: SearchIndexArgs): Proposal {
  const labels = args.labels ?? tokens.labels.filter((l) => !isInternalLabel(l)).sort();
  const properties = args.properties ?? tokens.propertyKeys.filter(isCaptionLike).sort();
  if (labels.length === 0) return { ok: false, error: 'no labels to index: the database has none' };
  if (properties.length === 0)
    return { ok: false, error: 'no caption-like property key in the database: name them with --properties' };
  const internal = labels.filter(isInternalLabel);
  if (internal.length > 0) return { ok: false, error: `the app's own labels are not searched: ${internal.join(', ')}` };
  const badLabels = unknownIdentifiers(labels, tokens.labels);
  if (badLabels.length > 0) return { ok: false, error: `no such label: ${badLabels.join(', ')}` };
  const badKeys = unknownIdentifiers(properties, tokens.propertyKeys);
  if (badKeys.length > 0) return { ok: false, error: `no such property key: ${badKeys.join(', ')}` };
  const statement =
    `CREATE FULLTEXT INDEX ${quoteIdentifier(SEARCH_INDEX_NAME)} IF NOT EXISTS ` +
    `FOR (n:${labels.map(quoteIdentifier).join('|')}) ON EACH [${properties.map((p) => `n.${quoteIdentifier(p)}`).join(', ')}] ` +
    // The analyzer search's Lucene query expects (server/search/lucene.ts folds case and diacritics).
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}";
  return { ok: true, statement, labels, properties };
}

async function rows(db: Db, name: string, params: Record<string, unknown> = {}) {
  const r = await db.run({ name, params });
  if (!r.ok) throw new Error(`${r.error.message.split('\n')[0]} (${r.error.code})`);
  return r.value.records;
}

export interface SearchIndexOutcome {
  /** 0 proposed, created or already there; 2 refused. */
  exitCode: 0 | 2;
  statement: string | null;
  created: boolean;
}

/** Proposes, and with --yes creates and awaits, the index. `log` gets every line a user should read. */
export async function runSearchIndex(db: Db, args: SearchIndexArgs, log: (line: string) => void) {
  const existing = (await rows(db, 'search-index-existing', { name: SEARCH_INDEX_NAME }))[0];
  if (existing) {
    const names = (key: string) => (existing.get(key) as string[] | null)?.join(', ') ?? '';
    const on = `for ${names('labels')} on ${names('properties')}`;
    log(`${SEARCH_INDEX_NAME} exists already ${on}, ${String(existing.get('state'))}; nothing to do.`);
    log(`To change it: DROP INDEX ${SEARCH_INDEX_NAME}, then run this again.`);
    return { exitCode: 0, statement: null, created: false } satisfies SearchIndexOutcome;
  }
  const t = (await rows(db, 'search-tokens'))[0];
  const tokens: Tokens = { labels: t?.get('labels') ?? [], propertyKeys: t?.get('propertyKeys') ?? [] };
  const proposal = proposeSearchIndex(tokens, args);
  if (!proposal.ok) {
    log(`search-index: ${proposal.error}`);
    return { exitCode: 2, statement: null, created: false } satisfies SearchIndexOutcome;
  }
  log(proposal.statement);
  if (!args.yes) {
    log('Not run: creating an index writes to the database. Run again with --yes to create it.');
    return { exitCode: 0, statement: proposal.statement, created: false } satisfies SearchIndexOutcome;
  }
  const r = await db.run({ text: proposal.statement, mode: 'WRITE' });
  if (!r.ok) throw new Error(`${r.error.message.split('\n')[0]} (${r.error.code})`);
  await rows(db, 'search-index-await', { name: SEARCH_INDEX_NAME, seconds: neo4j.int(600) });
  log(`${SEARCH_INDEX_NAME} is online; search uses it within a few seconds.`);
  return { exitCode: 0, statement: proposal.statement, created: true } satisfies SearchIndexOutcome;
}

async function main(): Promise<number> {
  const args = parseSearchIndexArgs(process.argv.slice(2));
  if (args === 'help') return (console.log(USAGE), 0);
  if ('error' in args) return (console.error(`search-index: ${args.error}\n\n${USAGE}`), 2);
  const cfg = loadConfig();
  const db = createDb(cfg.neo4j);
  try {
    return (await runSearchIndex(db, args, (l) => console.log(l))).exitCode;
  } catch (err) {
    console.error(`search-index failed: ${err instanceof Error ? err.message : String(err)}`);
    console.error(`Is Neo4j running at ${cfg.neo4j.uri}? Start it with npm start or npm run neo4j.`);
    return 2;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
