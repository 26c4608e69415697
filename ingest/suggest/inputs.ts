// Reads what the suggester needs through ingest's own reader and validation: the article, the curated entities and
// the curated claims, so a suggestion is checked against exactly what ingest would accept.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readInputs } from '../read/collect.ts';
import { validate } from '../validate.ts';
import type { Claim, Problem } from '../model.ts';
import type { SuggestArticle, SuggestEntity } from './types.ts';

export interface SuggestInputs {
  article: SuggestArticle;
  entities: SuggestEntity[];
  /** Every curated claim, this article's included (callers hide what they must). */
  claims: Claim[];
}

export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  }
}

const fail = (file: string, line: number, message: string) => new InputError([{ file, line, message }]);

/** The article at `file` and the curated graph of `dataDir`; throws InputError with file:line on bad input. */
export function loadSuggestInputs(file: string, dataDir: string, cwd = process.cwd()): SuggestInputs {
  // Absolute paths, so the article is read once however it is named ("./data/…", "/…/data/…").
  const abs = path.resolve(cwd, file);
  const shown = path.relative(cwd, abs) || file;
  if (!existsSync(abs)) throw fail(shown, 0, 'no such file');
  if (statSync(abs).isDirectory() || !/\.md$/i.test(abs))
    throw fail(shown, 1, 'not an article: expected a Markdown file (.md) with front matter');
  const input = readInputs([path.resolve(cwd, dataDir), abs], cwd);
  const { valid, problems } = validate(input);
  if (problems.length) throw new InputError(problems);
  const own = input.articles.find((a) => path.resolve(cwd, a.at.file) === abs);
  const article = own && valid.articles.find((a) => a.id === own.id);
  if (!article) throw fail(shown, 1, 'not an article: no valid front matter');
  return {
    article: { id: article.id, language: article.language, published: article.published.text, text: article.text },
    entities: valid.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
    claims: valid.claims,
  };
}
