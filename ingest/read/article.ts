// Markdown article with YAML front matter; the body is kept unchanged.
import { LineCounter, parseDocument, isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import type { ArticleInput, Problem } from '../model.ts';

const KEYS = ['id', 'title', 'outlet', 'published', 'language', 'source_file', 'url', 'author'];

export function readArticle(file: string, text: string): { article?: ArticleInput; problems: Problem[] } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m)
    return { problems: [{ file, line: 1, message: 'missing front matter: the file must start with a --- block' }] };
  const lc = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: lc, uniqueKeys: true });
  // Front matter starts on line 2 of the file.
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line + 1);
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: lineOf(e.pos[0]),
    message: `front matter: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) return { problems };
  if (!isMap(doc.contents)) return { problems: [{ file, line: 2, message: 'front matter must be a mapping' }] };
  const values: Record<string, unknown> = {};
  const fieldLines: Record<string, number> = {};
  for (const p of doc.contents.items as Pair<YamlNode, YamlNode>[]) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    const line = lineOf(p.key?.range?.[0]);
    if (!KEYS.includes(k)) {
      problems.push({ file, line, message: `unknown front matter field "${k}" (allowed: ${KEYS.join(', ')})` });
      continue;
    }
    fieldLines[k] = line;
    // Keep dates as written (YAML would otherwise turn them into timestamps).
    values[k] =
      isScalar(p.value) && k === 'published' && p.value.range
        ? m[1]!
            .slice(p.value.range[0], p.value.range[1])
            .trim()
            .replace(/^["']|["']$/g, '')
        : p.value?.toJSON();
  }
  return {
    problems,
    article: {
      at: { file, line: 1 },
      fieldLines,
      id: values.id,
      title: values.title,
      outlet: values.outlet,
      published: values.published,
      language: values.language,
      url: values.url,
      text: text.slice(m[0].length),
    },
  };
}
