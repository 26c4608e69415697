// Deterministic synthetic graph in our CSV input format (and the same rows for LOAD CSV).
import { createWriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { ENTITY_TYPES } from '../../lib/model/domain.ts';
import { mulberry32 } from '../../lib/util/prng.ts';

export const REL_TYPES = [
  'SENDS_TROOPS_TO',
  'SUPPLIES',
  'DEPLOYED_IN',
  'LEADS',
  'MEMBER_OF',
  'CONFIRMS',
  'DENIES',
  'LOCATED_IN',
];
const STATUSES = ['reported', 'confirmed', 'denied', 'estimated'];
export const ARTICLE_ID = 'synthetic-article';
const SENTENCES = Array.from(
  { length: 50 },
  (_, i) => `Zin nummer ${i} meldt dat eenheid ${i * 7} werd gezien bij plaats ${i * 13}.`,
);

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function writeLines(file: string, header: string, n: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(header + '\n');
  for (let i = 0; i < n; i++) {
    if (!out.write(row(i) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Writes entities.csv, relations.csv and the article they quote into `dir`. */
export async function generate(dir: string, entities: number, relations: number, seed = 42): Promise<void> {
  const rand = mulberry32(seed);
  writeFileSync(
    path.join(dir, `${ARTICLE_ID}.md`),
    `---\nid: ${ARTICLE_ID}\ntitle: Synthetic\noutlet: Bench\npublished: 2024-10-01\nlanguage: nl\n---\n${SENTENCES.join(' ')}\n`,
  );
  await writeLines(path.join(dir, 'entities.csv'), 'id,name,type,aliases,description', entities, (i) =>
    [
      `e-${i}`,
      `Entity ${i}`,
      ENTITY_TYPES[i % ENTITY_TYPES.length]!.id,
      `Alias ${i};Alt ${i}`,
      q(`Synthetic entity ${i}, generated`),
    ].join(','),
  );
  await writeLines(
    path.join(dir, 'relations.csv'),
    'id,from,type,to,status,date,claimant,figures,article,quote',
    relations,
    (i) => {
      const from = Math.floor(rand() * entities);
      const to = Math.floor(rand() * entities);
      const day = 1 + Math.floor(rand() * 28);
      return [
        `r-${i}`,
        `e-${from}`,
        REL_TYPES[i % REL_TYPES.length],
        `e-${to}`,
        STATUSES[i % STATUSES.length],
        `2024-10-${String(day).padStart(2, '0')}`,
        `e-${(from + 1) % entities}`,
        i % 3 === 0 ? `troops=${Math.floor(rand() * 10000)}` : '',
        ARTICLE_ID,
        q(SENTENCES[i % SENTENCES.length]!),
      ].join(',');
    },
  );
}
