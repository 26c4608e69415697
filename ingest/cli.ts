// `npm run ingest -- [paths]` (default: data/, synchronised: what data/ no longer has is removed).
// A database this app did not fill is left alone unless --into-foreign says otherwise (ingest/ownership.ts).
import { loadConfig } from '../lib/config.ts';
import { createDb } from '../lib/neo4j/client.ts';
import { formatCounts, formatProblems, runIngest } from './index.ts';
import type { Ownership } from './ownership.ts';
import { progressBar } from './progress.ts';

const INTO_FOREIGN = '--into-foreign';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm run ingest -- [--prune] [${INTO_FOREIGN}] [paths…]

Reads articles (*.md with front matter), graph files (*.yaml, entities*.csv, relations*.csv)
and writes them to Neo4j in one transaction. Every problem is reported as file:line and
nothing is written if there is any. Without paths it ingests data/ and prunes what is gone.

  --prune         delete the entities, articles and claims that the input no longer has
  ${INTO_FOREIGN}  write into a database this app did not fill (nodes with other labels,
                  or no ingest marker of this app), next to the graph it holds; nodes
                  of that graph labelled Entity or Article are then taken as this app's.
                  Without it such a database is left untouched (exit status 3).

Exit status: 0 written, 1 problems in the input, 2 database error, 3 foreign database.`);
  process.exit(0);
}
const prune = args.includes('--prune') || args.filter((a) => !a.startsWith('--')).length === 0;
const cfg = loadConfig();
const paths = args.filter((a) => !a.startsWith('--'));
const db = createDb(cfg.neo4j);

/** Why nothing was written, and the ways on: another database, or the flag. */
function explainRefusal(message: string, o: Ownership): void {
  console.error(`ingest refused: ${message}. Nothing was written.`);
  if (o.unmarkedAppNodes > 0)
    console.error(
      `With ${INTO_FOREIGN} the nodes with this app's labels count as its own: the ingest updates them, ` +
        'and when it prunes deletes those the input lacks.',
    );
  console.error(`To explore that graph as it is, nothing needs loading: npm start with NEO4J_URI=${cfg.neo4j.uri}.`);
  console.error(`To ingest into an empty database instead, point NEO4J_URI (now ${cfg.neo4j.uri}) at one.`);
  console.error(
    `To add the input next to the graph that is there: npm run ingest -- ${[INTO_FOREIGN, ...args].join(' ')}`,
  );
}
try {
  const report = await runIngest(db, {
    paths: paths.length ? paths : [cfg.dataDir],
    prune,
    intoForeign: args.includes(INTO_FOREIGN),
    log: (s) => console.log(s),
    progress: progressBar(),
  });
  if (!report.ok && 'problems' in report) {
    console.error(formatProblems(report.problems));
    console.error(`\n${report.problems.length} problem(s); nothing was written.`);
    process.exitCode = 1;
  } else if (!report.ok && report.ownership) {
    explainRefusal(report.error.message, report.ownership);
    process.exitCode = 3;
  } else if (!report.ok) {
    console.error(`ingest failed: ${report.error.message} (${report.error.code}); the database is unchanged.`);
    if (report.error.kind === 'unavailable')
      console.error(`Is Neo4j running at ${cfg.neo4j.uri}? Start it with npm start or npm run neo4j.`);
    // One atomic transaction holds the whole change; big loads need a bigger heap and transaction cap.
    if (report.error.kind === 'memoryLimit' || /transaction\.(total\.)?max|MemoryLimit/i.test(report.error.message)) {
      console.error(
        'The load does not fit in one transaction: raise NEO4J_HEAP and NEO4J_TX_MEMORY (the per-transaction cap, ' +
          'half the heap by default; about 6 GB of transaction state per million relations).',
      );
    }
    process.exitCode = 2;
  } else {
    console.log(formatCounts(report.counts));
    if (report.repaired.claims + report.repaired.mentions > 0)
      console.log(
        `repaired: removed ${report.repaired.claims} duplicate claim and ${report.repaired.mentions} duplicate mention relationships (left by ingests that ran at once)`,
      );
    for (const w of report.warnings) console.error(`warning: ${w}`);
    console.log(`done in ${(report.ms / 1000).toFixed(1)} s`);
  }
} finally {
  await db.close();
}
