// Reads curated YAML graph files (`entities:` and/or `relations:` lists) with line numbers.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { EntityInput, ParsedInput, Problem, RelationInput } from '../model.ts';

const ENTITY_KEYS = ['id', 'name', 'type', 'aliases', 'description'] as const;
const RELATION_KEYS = [
  'id',
  'from',
  'type',
  'to',
  'status',
  'date',
  'claimant',
  'figures',
  'article',
  'quote',
] as const;

export function readYamlGraph(file: string, text: string): Pick<ParsedInput, 'entities' | 'relations' | 'problems'> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line);
  for (const e of doc.errors)
    problems.push({ file, line: lineOf(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` });
  if (problems.length) return { entities: [], relations: [], problems };

  const root = doc.contents;
  if (!isMap(root)) {
    return {
      entities: [],
      relations: [],
      problems: [{ file, line: 1, message: 'expected a mapping with `entities:` and/or `relations:`' }],
    };
  }
  const entities: EntityInput[] = [];
  const relations: RelationInput[] = [];
  for (const pair of root.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLine = lineOf(pair.key?.range?.[0]);
    if (key !== 'entities' && key !== 'relations') {
      problems.push({
        file,
        line: keyLine,
        message: `unknown top-level key "${key}" (expected entities or relations)`,
      });
      continue;
    }
    if (!isSeq(pair.value)) {
      problems.push({ file, line: keyLine, message: `\`${key}\` must be a list` });
      continue;
    }
    for (const item of pair.value.items as YamlNode[]) {
      const line = lineOf(item?.range?.[0]);
      if (!isMap(item)) {
        problems.push({ file, line, message: `each item of \`${key}\` must be a mapping` });
        continue;
      }
      const allowed: readonly string[] = key === 'entities' ? ENTITY_KEYS : RELATION_KEYS;
      const values: Record<string, unknown> = {};
      const fieldLines: Record<string, number> = {};
      for (const p of item.items as Pair<YamlNode, YamlNode>[]) {
        const k = isScalar(p.key) ? String(p.key.value) : '';
        const kl = lineOf(p.key?.range?.[0]);
        if (!allowed.includes(k)) {
          problems.push({ file, line: kl, message: `unknown field "${k}" (allowed: ${allowed.join(', ')})` });
          continue;
        }
        fieldLines[k] = kl;
        // Dates stay strings: YAML 1.1 timestamps would turn 2024-10-28 into a JS Date.
        values[k] = isScalar(p.value) && (k === 'date' || k === 'id') ? scalarText(p.value, text) : p.value?.toJSON();
      }
      const at = { file, line };
      if (key === 'entities') {
        entities.push({
          at,
          fieldLines,
          id: values.id,
          name: values.name,
          type: values.type,
          aliases: values.aliases,
          description: values.description,
        });
      } else {
        relations.push({
          at,
          fieldLines,
          id: values.id,
          from: values.from,
          type: values.type,
          to: values.to,
          status: values.status,
          date: values.date,
          claimant: values.claimant,
          figures: values.figures,
          article: values.article,
          quote: values.quote,
        });
      }
    }
  }
  return { entities, relations, problems };
}

function scalarText(
  node: { value: unknown; source?: string; range?: [number, number, number] | null },
  text: string,
): unknown {
  if (node.value === null || node.value === undefined) return node.value;
  if (typeof node.value === 'string') return node.value;
  const r = node.range;
  return r
    ? text
        .slice(r[0], r[1])
        .trim()
        .replace(/^["']|["']$/g, '')
    : String(node.value);
}
