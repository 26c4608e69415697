// The inspector's components rendered to static HTML (react-dom/server, no DOM, effects do not run): what a
// reader sees for a foreign node and relationship, a relationship with evidence, a story claim, capped degree
// counts. Values are text, never HTML.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Bundle, EntityDetail } from '../../../lib/model/wire.ts';
import { claim } from '../state/fixtures.ts';
import { emptyFilters } from '../state/graph.ts';
import { BundleSummary } from './BundleSummary.tsx';
import { ClaimCard } from './ClaimCard.tsx';
import { Degree } from './NodeHead.tsx';
import { NodeDetails } from './NodeDetails.tsx';
import { PropertyTable } from './PropertyTable.tsx';
import { foreignResult, foreignState } from './inspector-fixtures.ts';

const names = (id: string) => ({ 'neo4j:4:f:1': 'Ever Given', 'neo4j:4:f:20': 'Rotterdam' })[id] ?? id;
const noop = () => {};
const bundleOfType = (type: string): Bundle => foreignResult().bundles.find((b) => b.type === type)!;
const card = (c: Bundle['claims'][number]) =>
  renderToStaticMarkup(<ClaimCard claim={c} names={names} onOpenArticle={noop} />);

describe('PropertyTable', () => {
  it('renders values as text: markup in a value is escaped', () => {
    const html = renderToStaticMarkup(<PropertyTable properties={{ note: '<img src=x onerror=alert(1)>' }} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('caption row first, type hints, ISO text as title, "more" for long values, "and N more" past the cap', () => {
    const props = {
      portName: 'Rotterdam',
      arrived: { $type: 'datetime', value: '2021-07-29T06:00:00Z' },
      text: 'x'.repeat(500),
    };
    const html = renderToStaticMarkup(<PropertyTable properties={props} />);
    expect(html.indexOf('data-key="portName"')).toBeLessThan(html.indexOf('data-key="arrived"'));
    expect(html).toContain('class="prop-caption" data-key="portName"');
    expect(html).toContain('title="2021-07-29T06:00:00Z">29 Jul 2021, 06:00 UTC');
    expect(html).toContain('>datetime<');
    expect(html).toContain('aria-expanded="false">more</button>');
    expect(html).not.toContain('x'.repeat(500));
    const many = Object.fromEntries(Array.from({ length: 103 }, (_, i) => [`k${i}`, i]));
    expect(renderToStaticMarkup(<PropertyTable properties={many} />)).toContain('and 3 more properties');
  });

  it('renders nothing without properties', () => {
    expect(renderToStaticMarkup(<PropertyTable properties={{}} />)).toBe('');
  });
});

describe('ClaimCard', () => {
  it('a relationship without evidence: its type and typed properties, no evidence view', () => {
    const html = card(bundleOfType('CALLED_AT').claims.find((c) => c.id === 'neo4j:5:f:100')!);
    expect(html).toContain('data-kind="relationship"');
    expect(html).toContain('Ever Given <b title="CALLED_AT">called at</b> Rotterdam');
    expect(html).toContain('29 Jul 2021, 06:00 UTC');
    expect(html).toContain('>3, 4<');
    expect(html).toContain('list · 2');
    expect(html).not.toContain('<dt>Date</dt>');
    expect(html).not.toContain('undated');
  });

  it('evidence and other properties: both, each key once', () => {
    const html = card(bundleOfType('BLOCKED').claims[0]!);
    expect(html).toContain('data-kind="claim"');
    expect(html).toContain('data-testid="quote"');
    expect(html).toContain('<dt>Date</dt><dd>2021-03-23</dd>');
    expect(html).toContain('data-key="days"');
    expect(html).not.toContain('data-key="quote"');
    expect(html).not.toContain('data-key="status"');
  });

  it('a story claim keeps claimant, date, figures, quote and article, with no table', () => {
    const c = claim('c1', 'russia', 'SENDS_TROOPS_TO', 'kursk', {
      claimant: { id: 'p', name: 'Rutte' },
      figures: { troops: 11000 },
    });
    const html = card(c);
    for (const part of ['Rutte', '2024-10-28', '11,000', 'data-testid="quote"', 'data-testid="open-article"', 'NOS'])
      expect(html).toContain(part);
    expect(html).not.toContain('claim-properties');
  });

  it('a bounded figure says so: "≥ 1,500", not "1,500"', () => {
    const c = claim('c1', 'north-korea', 'SENDS_TROOPS_TO', 'russia', {
      figures: { troops: 1500 },
      figureQualifiers: { troops: 'at-least' },
    });
    expect(card(c)).toContain('≥ 1,500');
  });
});

describe('BundleSummary', () => {
  it('a structural bundle: "2 relationships", no outlets, no undated count', () => {
    const b = bundleOfType('CALLED_AT');
    const html = renderToStaticMarkup(
      <BundleSummary bundle={b} count={{ count: 2, exact: true }} passing={b.claims} filters={emptyFilters()} />,
    );
    expect(html).toContain('data-testid="bundle-count">2 relationships</p>');
    expect(html).not.toContain('outlet');
    expect(html).not.toContain('undated');
  });
});

describe('NodeDetails for a foreign node (before its detail arrives)', () => {
  const state = foreignState();
  const render = (name: string) => {
    const id = Object.values(state.nodes).find((n) => n.entity.name === name)!.entity.id;
    const html = renderToStaticMarkup(
      <NodeDetails id={id} state={state} onOpenArticle={noop} onLoadMore={noop} onExpand={noop} />,
    );
    return { id, html };
  };

  it('every label, the typed properties with the caption first, and its relationships paged by the server', () => {
    const { id, html } = render('Ever Given');
    expect(id.startsWith('neo4j:')).toBe(true);
    expect(html).toContain('data-foreign="true"');
    expect(html).toContain('Relationships <span class="muted" data-testid="claim-count">(4)</span>');
    expect(html).toContain('data-key="vesselName"');
    expect(html.indexOf('data-key="vesselName"')).toBeLessThan(html.indexOf('data-key="built"'));
    expect(html).toContain('25 Sep 2018');
    // Its relationships come page by page from /api/claims?entity=<key>, like a story entity's claims.
    expect(html).toContain('data-testid="claim-pager"');
  });

  it('a node with two labels shows both; a port shows its point', () => {
    const shoei = render('Shoei Kisen Kaisha').html;
    expect(shoei).toContain('<span class="node-label">Company</span><span class="node-label">Shipowner</span>');
    expect(render('Rotterdam').html).toContain('51.95° N, 4.14° E');
  });
});

describe('Degree', () => {
  const detail: EntityDetail = {
    entity: foreignResult().nodes[0]!,
    degree: [{ type: 'CALLED_AT', direction: 'out', count: 5000 }],
    claimCount: 5000,
    mentions: [],
    mentionCount: 0,
  };

  it('exact counts as they are; "at least" and a note when the server capped the walk', () => {
    const exact = renderToStaticMarkup(<Degree detail={detail} />);
    expect(exact).toContain('→ called at <span class="count">5,000</span>');
    expect(exact).not.toContain('degree-partial');
    const partial = renderToStaticMarkup(<Degree detail={{ ...detail, degreeComplete: false } as EntityDetail} />);
    expect(partial).toContain('<span class="count">at least 5,000</span>');
    expect(partial).toContain('data-testid="degree-partial"');
  });
});
