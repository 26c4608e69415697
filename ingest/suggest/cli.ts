// npm run suggest -- <article.md> [--json] [--data <dir>]: candidate claims for one article, as YAML in the
// data/graph format (or JSON for machines). The article's own curated claims are not used.
import { parseArgs } from 'node:util';
import { suggestClaims } from './candidates.ts';
import { InputError, loadSuggestInputs } from './inputs.ts';
import { LexiconError, loadLexicons } from './lexicon.ts';
import { suggestionsYaml } from './yaml-out.ts';

const USAGE = 'usage: npm run suggest -- <article.md> [--json] [--data <dir>] [--lexicon <dir>]';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, data: { type: 'string', default: 'data' }, lexicon: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = positionals[0]!;
  const inputs = loadSuggestInputs(file, values.data);
  const lexicons = loadLexicons(values.lexicon);
  const others = inputs.claims.filter((c) => c.article !== inputs.article.id);
  const result = suggestClaims(inputs.article, inputs.entities, lexicons, others);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : suggestionsYaml(result, file));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(
    e instanceof InputError ||
    e instanceof LexiconError ||
    (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ))
    throw e;
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
