import { describe, expect, it } from 'vitest';
import { parseSearchIndexArgs, proposeSearchIndex, type Tokens } from './search-index.ts';

const fixture: Tokens = {
  labels: ['Vessel', 'Company', 'Shipowner', 'Port', 'ExplorerMeta'],
  propertyKeys: ['id', 'imo', 'vesselName', 'legalName', 'portName', 'portCode', 'quote'],
};

describe('parseSearchIndexArgs', () => {
  it('reads lists in both spellings, --yes, and --help', () => {
    expect(parseSearchIndexArgs([])).toEqual({ yes: false });
    expect(parseSearchIndexArgs(['--labels', 'A, B', '--properties=p,q', '--yes'])).toEqual({
      labels: ['A', 'B'],
      properties: ['p', 'q'],
      yes: true,
    });
    expect(parseSearchIndexArgs(['-h'])).toBe('help');
  });

  it('says what it does not understand', () => {
    expect(parseSearchIndexArgs(['--drop'])).toEqual({ error: 'unknown argument --drop' });
    expect(parseSearchIndexArgs(['--labels'])).toEqual({ error: '--labels needs a comma-separated list' });
    expect(parseSearchIndexArgs(['--labels', '--yes'])).toEqual({ error: '--labels needs a comma-separated list' });
  });
});

describe('proposeSearchIndex', () => {
  it("defaults to every user label and every caption-like key, quoted, with search's analyzer", () => {
    const p = proposeSearchIndex(fixture, { yes: false });
    expect(p).toEqual({
      ok: true,
      labels: ['Company', 'Port', 'Shipowner', 'Vessel'],
      properties: ['legalName', 'portName', 'vesselName'],
      statement:
        'CREATE FULLTEXT INDEX `explorer_search` IF NOT EXISTS FOR (n:`Company`|`Port`|`Shipowner`|`Vessel`) ' +
        'ON EACH [n.`legalName`, n.`portName`, n.`vesselName`] ' +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    });
  });

  it('takes the labels and properties asked for when the database has them', () => {
    const p = proposeSearchIndex(fixture, { labels: ['Port'], properties: ['portCode'], yes: true });
    expect(p.ok && p.statement).toContain('FOR (n:`Port`) ON EACH [n.`portCode`]');
  });

  it('quotes odd but real names so they stay names', () => {
    const odd = { labels: ['Ship `X`'], propertyKeys: ['my name'] };
    const p = proposeSearchIndex(odd, { yes: false });
    expect(p.ok && p.statement).toContain('FOR (n:`Ship ``X```) ON EACH [n.`my name`]');
  });

  it('refuses names the database does not have, unsafe names and the app’s own labels', () => {
    const bad = (labels: string[] | undefined, properties?: string[]) =>
      proposeSearchIndex(fixture, { labels, properties, yes: true });
    expect(bad(['Vessel', 'vessel', 'Port`) DETACH DELETE n //'])).toEqual({
      ok: false,
      error: 'no such label: vessel, Port`) DETACH DELETE n //',
    });
    expect(bad(['Vessel'], ['vesselName', 'nope'])).toEqual({ ok: false, error: 'no such property key: nope' });
    expect(bad(['ExplorerMeta'])).toEqual({ ok: false, error: "the app's own labels are not searched: ExplorerMeta" });
    const unsafe = proposeSearchIndex({ labels: ['A\\u0060'], propertyKeys: ['name'] }, { yes: true });
    expect(unsafe).toEqual({ ok: false, error: 'no such label: A\\u0060' });
  });

  it('says so when there is nothing to index', () => {
    expect(proposeSearchIndex({ labels: [], propertyKeys: ['name'] }, { yes: false })).toMatchObject({ ok: false });
    expect(proposeSearchIndex({ labels: ['A'], propertyKeys: ['code'] }, { yes: false })).toEqual({
      ok: false,
      error: 'no caption-like property key in the database: name them with --properties',
    });
  });
});
