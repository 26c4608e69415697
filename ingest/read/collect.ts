// Expands CLI paths into the files ingest reads and parses them all.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../model.ts';
import { readArticle } from './article.ts';
import { csvKind, readCsvGraph } from './csv-graph.ts';
import { readYamlGraph } from './yaml-graph.ts';

/** Folders of data/ that hold no graph input: saved views, the suggester's lexicons. */
const NOT_INPUT = new Set(['views', 'lexicon']);

function walk(p: string, out: string[]): void {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const name of readdirSync(p).sort()) {
      if (name.startsWith('.') || NOT_INPUT.has(name) || /^readme\.md$/i.test(name)) continue;
      walk(path.join(p, name), out);
    }
  } else out.push(p);
}

function wanted(file: string): boolean {
  return /\.(md|ya?ml)$/i.test(file) || csvKind(file) !== undefined;
}

export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      missing.push(p);
      continue;
    }
    const found: string[] = [];
    walk(p, found);
    files.push(...(statSync(p).isDirectory() ? found.filter(wanted) : found));
  }
  return { files: [...new Set(files)], missing };
}

// Loops, not push(...spread): a spread of a million rows overflows the call stack.
function append(out: ParsedInput, r: Pick<ParsedInput, 'entities' | 'relations' | 'problems'>): void {
  for (const e of r.entities) out.entities.push(e);
  for (const x of r.relations) out.relations.push(x);
  for (const p of r.problems) out.problems.push(p);
}

export function readInputs(paths: string[], cwd = process.cwd()): ParsedInput {
  const { files, missing } = collectFiles(paths);
  const out: ParsedInput = { entities: [], relations: [], articles: [], problems: [], files };
  for (const m of missing) out.problems.push({ file: m, line: 0, message: 'no such file or folder' });
  for (const abs of files) {
    const file = path.relative(cwd, abs) || abs;
    const text = readFileSync(abs, 'utf8');
    if (/\.md$/i.test(abs)) {
      const r = readArticle(file, text);
      out.problems.push(...r.problems);
      if (r.article) out.articles.push(r.article);
    } else if (/\.ya?ml$/i.test(abs)) {
      const r = readYamlGraph(file, text);
      append(out, r);
    } else {
      const kind = csvKind(abs);
      if (!kind) {
        out.problems.push({
          file,
          line: 0,
          message: 'unsupported file (expected .md, .yaml, entities*.csv or relations*.csv)',
        });
        continue;
      }
      append(out, readCsvGraph(file, text, kind));
    }
  }
  return out;
}
