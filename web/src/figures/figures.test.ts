// The figure table model, its dot plot and its exported figure, from claims shaped like the story's troop figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/model/wire.ts';
import { approxMeasure } from '../export/testFixtures.ts';
import { claim } from '../state/fixtures.ts';
import { figureTableDocument } from './chart.ts';
import { FIGURE_TABLE_CAP, figureTable } from './model.ts';
import { dotPlot, plotNotes } from './plot.ts';
import { NO_STATUS_COLOUR, STATUS_COLOURS, statusColour } from '../styles/status-colours.ts';

const art = (id: string, outlet: string, published: string) => ({
  id,
  title: `${outlet} on troops`,
  outlet,
  published,
});
const troops = (id: string, n: number, who: string, date: string | null, extra: Partial<Claim> = {}): Claim =>
  claim(id, 'north-korea', 'SENDS_TROOPS_TO', 'russia', {
    figures: { troops: n },
    claimant: { id: who.toLowerCase().replace(/\W+/g, '-'), name: who },
    date,
    dateText: date,
    quote: `${n} <militairen> & “meer”`,
    ...extra,
  });

const story = (): Claim[] => [
  troops('dod', 10000, 'US DoD', '2024-10-28', { status: 'reported', article: art('nos-28', 'NOS', '2024-10-28') }),
  troops('nis', 1500, 'NIS', '2024-10-18', { status: 'confirmed', article: art('nos-18', 'NOS', '2024-10-18') }),
  troops('sk', 11000, 'South Korean military intelligence', '2024-10', {
    status: 'estimated',
    article: art('nl', 'NL Times', '2024-10'),
  }),
  troops('law', 3000, 'South Korean lawmakers', null, {
    status: 'alleged',
    article: art('nos-23', 'NOS', '2024-10-23'),
  }),
  claim('plain', 'north-korea', 'SENDS_TROOPS_TO', 'russia', { claimant: { id: 'x', name: 'Someone Else' } }),
  claim('mixed', 'north-korea', 'SUPPLIES', 'russia', {
    figures: { shells: 2_000_000, troops: 3000 },
    date: '2024-10-20',
  }),
];

describe('figureTable', () => {
  it('lists exactly the claims with figures, one row per figure, oldest first and undated last', () => {
    const m = figureTable(story());
    expect(m.claims.map((c) => c.id).sort()).toEqual(['dod', 'law', 'mixed', 'nis', 'sk']);
    expect(m.rows.map((r) => `${r.claimId}:${r.key}`)).toEqual([
      'sk:troops', // '2024-10' is the first day of October
      'nis:troops',
      'mixed:shells',
      'mixed:troops',
      'dod:troops',
      'law:troops',
    ]);
    expect(m.rows.find((r) => r.claimId === 'nis')).toMatchObject({
      claimant: 'NIS',
      valueText: '1,500 troops',
      status: 'confirmed',
    });
    expect(m.rows.find((r) => r.claimId === 'sk')!.dateText).toBe('2024-10');
    expect(m.keys).toEqual(['troops', 'shells']);
    expect(m.more).toBe(0);
  });

  it('keeps a bound in the value: "≥ 1,500 troops" (ten minste 1500)', () => {
    const bound = troops('anp', 1500, 'ANP', null, { figureQualifiers: { troops: 'at-least' } });
    expect(figureTable([bound]).rows[0]!.valueText).toBe('≥ 1,500 troops');
  });

  it('caps the table and counts the claims left out, against the server total', () => {
    const many = Array.from({ length: FIGURE_TABLE_CAP + 30 }, (_, i) => troops(`t${i}`, i + 1, `C${i}`, '2024-10-01'));
    const m = figureTable(many, 1000);
    expect(m.claims).toHaveLength(FIGURE_TABLE_CAP);
    expect(m.rows).toHaveLength(FIGURE_TABLE_CAP);
    expect(m.total).toBe(1000);
    expect(m.more).toBe(1000 - FIGURE_TABLE_CAP);
  });
});

describe('dotPlot', () => {
  it('draws one panel per key, a dot per dated row coloured by status, and counts the undated', () => {
    const m = figureTable(story());
    const p = dotPlot(m.rows, m.keys, 600)!;
    expect(p.panels.map((x) => x.key)).toEqual(['troops', 'shells']);
    const troopsPanel = p.panels[0]!;
    expect(troopsPanel.dots.map((d) => d.claimId).sort()).toEqual(['dod', 'mixed', 'nis', 'sk']);
    expect(troopsPanel.dots.find((d) => d.claimId === 'nis')!.colour).toBe(STATUS_COLOURS.confirmed);
    expect(p.undated).toBe(1);
    expect(troopsPanel.dots.find((d) => d.claimId === 'sk')!.partial).toBe(true); // '2024-10': a month
    expect(troopsPanel.dots.find((d) => d.claimId === 'nis')!.partial).toBe(false);
    expect(plotNotes(p)).toEqual(['1 undated not plotted', 'hollow: month or year only']);
    for (let i = 1; i < p.xTicks.length; i++) expect(p.xTicks[i]!.at - p.xTicks[i - 1]!.at).toBeGreaterThanOrEqual(90);
    for (const d of troopsPanel.dots) expect(d.y - d.r).toBeGreaterThan(troopsPanel.labelY); // no dot on the unit
    const dod = troopsPanel.dots.find((d) => d.claimId === 'dod')!;
    const nis = troopsPanel.dots.find((d) => d.claimId === 'nis')!;
    expect(dod.x).toBeGreaterThan(nis.x); // later is right
    expect(dod.y).toBeLessThan(nis.y); // more is up
    for (const d of troopsPanel.dots) {
      expect(d.x).toBeGreaterThanOrEqual(p.left - d.r * 3);
      expect(d.x).toBeLessThanOrEqual(p.right + d.r * 3);
    }
  });

  it('spreads dots that fall on the same spot', () => {
    const same = [
      troops('a', 3000, 'A', '2024-10-23'),
      troops('b', 3000, 'B', '2024-10-23'),
      troops('c', 3000, 'C', '2024-10-23'),
    ];
    const m = figureTable(same);
    const xs = dotPlot(m.rows, m.keys, 600)!.panels[0]!.dots.map((d) => d.x);
    expect(new Set(xs).size).toBe(3);
  });

  it('has nothing to plot when no row is dated', () => {
    const m = figureTable([troops('u', 5, 'U', null)]);
    expect(dotPlot(m.rows, m.keys, 600)).toBeNull();
  });
});

describe('figureTableDocument', () => {
  it('writes every row’s claimant and value, every quote escaped, every source and the origin line', () => {
    const m = figureTable(story());
    const doc = figureTableDocument(m, {
      title: 'North Korean troops in Russia',
      origin: { kind: 'query', name: 'conflicting-figures' },
      date: '2026-12-02',
      measure: approxMeasure,
    });
    for (const who of ['US DoD', 'NIS', 'South Korean lawmakers']) expect(doc.svg).toContain(who);
    // a long claimant may wrap, but every word of it is in the figure
    for (const w of 'South Korean military intelligence'.split(' ')) expect(doc.svg).toContain(w);
    for (const v of ['1,500 troops', '3,000 troops', '10,000 troops', '11,000 troops', '2,000,000 shells'])
      expect(doc.svg).toContain(v);
    expect(doc.svg).toContain('&lt;militairen&gt; &amp;');
    expect(doc.svg).not.toContain('<militairen>');
    for (const outlet of ['NOS on troops', 'NL Times on troops']) expect(doc.svg).toContain(outlet);
    expect(doc.svg).toContain('query conflicting-figures');
    expect(doc.svg).toContain('2026-12-02');
    expect(doc.width).toBeGreaterThan(0);
    expect(doc.height).toBeGreaterThan(0);
  });
});

describe('status colours', () => {
  it('are the text colours of the app’s .status-* styles', () => {
    const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      const rule = new RegExp(`\\.status-${status}[^{]*\\{[^}]*?\\bcolor:\\s*(#[0-9a-f]{6})`, 'i');
      expect(css.match(rule)?.[1]?.toLowerCase(), status).toBe(colour);
    }
    expect(statusColour(null)).toBe(NO_STATUS_COLOUR);
    expect(statusColour('made-up')).toBe(NO_STATUS_COLOUR);
  });
});
