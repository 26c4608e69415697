import { describe, expect, it } from 'vitest';
import { readYamlGraph } from './read/yaml-graph.ts';
import { readArticle } from './read/article.ts';
import { readCsvGraph } from './read/csv-graph.ts';
import { parsePartialDate, validate } from './validate.ts';
import type { ParsedInput } from './model.ts';

const article = `---
id: art-1
title: "Test"
outlet: NOS
published: 2024-10-23
language: nl
---
De Verenigde Staten zeggen   bewijs te hebben
gezien van Noord-Koreaanse troepen in Koersk.
`;

function parsed(yaml: string, md = article): ParsedInput {
  const y = readYamlGraph('graph.yaml', yaml);
  const a = readArticle('art.md', md);
  return {
    entities: y.entities,
    relations: y.relations,
    articles: a.article ? [a.article] : [],
    problems: [...y.problems, ...a.problems],
    files: [],
  };
}

const entities = `entities:
  - id: north-korea
    name: North Korea
    type: Country
    aliases: [Noord-Korea, Noord-Koreaanse]
  - id: kursk
    name: Kursk
    type: Place
    aliases: [Koersk]
`;

describe('validate', () => {
  it('accepts a quote typed with straight apostrophes and stores the article’s own typography', () => {
    const md = article.replace('troepen in Koersk.', 'troepen in ‘Koersk’ – zegt men.');
    const { valid, problems } = validate(
      parsed(
        `${entities}relations:
  - id: nk-kursk
    from: north-korea
    type: SENDS_TROOPS_TO
    to: kursk
    article: art-1
    quote: "troepen in 'Koersk' - zegt men"
`,
        md,
      ),
    );
    expect(problems).toEqual([]);
    expect(valid.claims[0]!.quote).toBe('troepen in ‘Koersk’ – zegt men');
  });
  it('accepts a good graph; the quote matches after whitespace normalisation', () => {
    const { valid, problems } = validate(
      parsed(`${entities}relations:
  - id: nk-kursk
    from: north-korea
    type: SENDS_TROOPS_TO
    to: kursk
    date: 2024-10-23
    figures: { troops: 3000 }
    article: art-1
    quote: "bewijs te hebben gezien van Noord-Koreaanse troepen"
`),
    );
    expect(problems).toEqual([]);
    expect(valid.claims[0]).toMatchObject({
      id: 'nk-kursk',
      status: 'reported',
      figures: { troops: 3000 },
      date: { text: '2024-10-23' },
    });
    expect(valid.articles[0]!.published.text).toBe('2024-10-23');
  });

  it('keeps a bounded figure as its number and its bound ("ten minste 1500")', () => {
    const { valid, problems } = validate(
      parsed(`${entities}relations:
  - id: nk-kursk
    from: north-korea
    type: SENDS_TROOPS_TO
    to: kursk
    figures: { troops: "at least 1500", shells: 8000 }
    article: art-1
    quote: "bewijs te hebben gezien van Noord-Koreaanse troepen"
`),
    );
    expect(problems).toEqual([]);
    expect(valid.claims[0]).toMatchObject({
      figures: { troops: 1500, shells: 8000 },
      figureQualifiers: { troops: 'at-least' },
    });
  });

  it('reports every problem in one pass with file:line', () => {
    const { problems } = validate(
      parsed(`${entities}  - id: kursk
    name: Kursk again
    type: Planet
relations:
  - id: bad
    from: north-korea
    type: sends troops
    to: atlantis
    status: rumoured
    date: 2024-02-30
    claimant: nobody
    figures: { troops: many }
    article: art-1
    quote: "this sentence is not in the article"
  - id: bad
    from: kursk
    type: LOCATED_IN
    to: kursk
    article: missing-article
    quote: x
`),
    );
    const lines = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^graph\.yaml:10: duplicate entity id "kursk" \(first defined at graph\.yaml:6\)/),
        expect.stringMatching(/^graph\.yaml:12: unknown entity type "Planet"/),
        expect.stringMatching(/^graph\.yaml:16: relation type "sends troops"/),
        expect.stringMatching(/^graph\.yaml:17: unknown entity "atlantis" in `to`/),
        expect.stringMatching(/^graph\.yaml:18: unknown status "rumoured"/),
        expect.stringMatching(/^graph\.yaml:19: date: "2024-02-30": day 30 does not exist/),
        expect.stringMatching(/^graph\.yaml:20: unknown claimant entity "nobody"/),
        expect.stringMatching(/^graph\.yaml:21: figure "troops" must be a number or a bound/),
        expect.stringMatching(/^graph\.yaml:23: quote not found in article "art-1"/),
        expect.stringMatching(/^graph\.yaml:24: duplicate relation id "bad"/),
        expect.stringMatching(/^graph\.yaml:28: unknown article "missing-article"/),
      ]),
    );
  });

  it('reports YAML syntax errors and unknown fields with lines', () => {
    expect(readYamlGraph('g.yaml', 'entities:\n  - id: a\n    nmae: A\n').problems[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining('unknown field "nmae"'),
    });
    expect(readYamlGraph('g.yaml', 'entities:\n  - id: [\n').problems[0]!.message).toMatch(/^YAML:/);
  });

  it('flags an alias shared by two entities', () => {
    const { problems } = validate(
      parsed(`entities:
  - { id: a, name: A, type: Country, aliases: [Same] }
  - { id: b, name: B, type: Country, aliases: [same] }
`),
    );
    expect(problems[0]!.message).toMatch(/alias "same" of "b" is also an alias of "a"/);
  });

  it('checks article front matter', () => {
    const r = readArticle(
      'x.md',
      '---\nid: Bad Id\ntitle: t\noutlet: o\npublished: 2024-13\nlanguage: dutch\n---\nbody',
    );
    const { problems } = validate({ entities: [], relations: [], articles: [r.article!], problems: [], files: [] });
    expect(problems.map((p) => p.line)).toEqual([2, 5, 6]);
  });

  it("keeps an article's http(s) url and refuses anything else, at its line", () => {
    const md = (url: string) =>
      `---\nid: a1\ntitle: t\noutlet: o\npublished: 2024-10\nlanguage: nl\nurl: ${url}\n---\nbody`;
    const ok = validate({
      entities: [],
      relations: [],
      articles: [readArticle('a.md', md('https://nos.nl/artikel/2542')).article!],
      problems: [],
      files: [],
    });
    expect(ok.problems).toEqual([]);
    expect(ok.valid.articles[0]!.url).toBe('https://nos.nl/artikel/2542');
    const bad = validate({
      entities: [],
      relations: [],
      articles: [readArticle('a.md', md('javascript:alert(1)')).article!],
      problems: [],
      files: [],
    });
    expect(bad.problems).toEqual([
      { file: 'a.md', line: 7, message: 'url must be an http(s) address, got "javascript:alert(1)"' },
    ]);
  });

  it('reads CSV graphs with figures and line numbers', () => {
    const csv = readCsvGraph(
      'relations.csv',
      'id,from,type,to,figures,article,quote\nr1,a,X,b,"troops=1500; shells=8000000",art,"q"\n',
      'relations',
    );
    expect(csv.problems).toEqual([]);
    expect(csv.relations[0]).toMatchObject({ at: { line: 2 }, figures: { troops: 1500, shells: 8000000 } });
  });

  it('parses partial dates', () => {
    expect(parsePartialDate('2024-10', false)).toMatchObject({ year: 2024, month: 10, day: 1 });
    expect(parsePartialDate('2024-10-23T22:24', true)).toMatchObject({ day: 23 });
    expect(typeof parsePartialDate('2024-10-23T22:24', false)).toBe('string');
  });
});
