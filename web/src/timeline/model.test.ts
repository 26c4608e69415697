import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../lib/model/bundle.ts';
import { CLAIM_STATUSES } from '../../../lib/model/domain.ts';
import type { Claim } from '../../../lib/model/wire.ts';
import { emptyState, graphFromClaims, hide, mergeGraph, setFilters } from '../state/graph.ts';
import { claim, ent } from '../state/fixtures.ts';
import type { GraphState } from '../state/types.ts';
import { dayOnOrAfter, dayOnOrBefore, spanOf } from './dates.ts';
import { figureSeries, seriesExtent, wantsLog } from './figures.ts';
import { MARK_CAP, timelineModel, withinDays } from './model.ts';
import { NO_STATUS_COLOUR, statusColour } from '../styles/status-colours.ts';

const nodes = [ent('north-korea'), ent('russia'), ent('kursk', 'Place')];
const art = (id: string, published: string | null) => ({ id, title: `T ${id}`, outlet: 'NOS', published });
const troops = (id: string, value: number, dateText: string | null, published: string | null, extra = {}): Claim =>
  claim(id, 'north-korea', 'SENDS_TROOPS_TO', 'russia', {
    date: dateText ? spanOf(dateText)!.start : null,
    dateText,
    article: art(`a-${id}`, published),
    figures: { troops: value },
    ...extra,
  });

const STORY = [
  troops('t1500', 1500, '2024-10-18', '2024-10', { status: 'reported' }),
  troops('t3000', 3000, '2024-10-23', '2024-10-23T22:24', { status: 'reported' }),
  troops('t10000', 10000, '2024-10-28', '2024-10-28T17:21', { status: 'reported' }),
  troops('t11000', 11000, '2024-10', '2024-10', { status: 'estimated' }),
  claim('shells', 'north-korea', 'SUPPLIES', 'russia', { date: null, dateText: null, figures: { shells: 2_000_000 } }),
];
const stateOf = (claims: Claim[]): GraphState => mergeGraph(graphFromClaims(nodes, claims))(emptyState());

describe('source dates', () => {
  it('places a partial date at the start of its period and spans it to the end', () => {
    expect(spanOf('2024-10')).toEqual({ start: '2024-10-01', end: '2024-10-31', partial: true });
    expect(spanOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', partial: true });
    expect(spanOf('2024-10-23T22:24')).toEqual({ start: '2024-10-23', end: '2024-10-23', partial: false });
    expect(spanOf(null)).toBeNull();
    expect(spanOf('soon')).toBeNull();
  });
  it('turns brush edges into inclusive whole days', () => {
    expect(dayOnOrAfter(new Date('2024-10-17T13:00:00Z'))).toBe('2024-10-18');
    expect(dayOnOrAfter(new Date('2024-10-18T00:00:00Z'))).toBe('2024-10-18');
    expect(dayOnOrBefore(new Date('2024-10-28T23:59:00Z'))).toBe('2024-10-28');
  });
});

describe('timeline marks', () => {
  it('gives each claim a mark per row it has a date for, coloured by status from the registry', () => {
    const m = timelineModel(stateOf(STORY));
    const of = (id: string) => m.marks.filter((k) => k.claim.id === id);
    expect(of('t3000').map((k) => [k.row, k.start, k.partial])).toEqual([
      ['event', '2024-10-23', false],
      ['published', '2024-10-23', false],
    ]);
    expect(of('t11000').map((k) => [k.row, k.start, k.end, k.partial])).toEqual([
      ['event', '2024-10-01', '2024-10-31', true],
      ['published', '2024-10-01', '2024-10-31', true],
    ]);
    const reported = CLAIM_STATUSES.find((s) => s.id === 'reported')!.colour;
    expect(of('t3000')[0]!.colour).toBe(reported);
    expect(statusColour('made-up')).toBe(NO_STATUS_COLOUR);
    expect(m.undated.event).toBe(1);
    expect(m.extent).toEqual(['2024-10-01', '2024-10-31']);
  });

  it('keeps every claim of the canvas under a date filter, flagging those outside it', () => {
    const s = setFilters({ dateRange: { from: '2024-10-20', to: '2024-10-25' } })(stateOf(STORY));
    const m = timelineModel(s);
    const inRange = [...new Set(m.marks.filter((k) => k.inRange && k.row === 'event').map((k) => k.claim.id))];
    expect(inRange).toEqual(['t3000']);
    expect(m.claims).toHaveLength(STORY.length);
  });

  it('leaves out claims whose endpoints are hidden or whose status is filtered out', () => {
    const hidden = timelineModel(hide(['russia'])(stateOf(STORY)));
    expect(hidden.marks).toHaveLength(0);
    const noEstimates = timelineModel(setFilters({ statuses: ['estimated'] })(stateOf(STORY)));
    expect(noEstimates.claims.map((c) => c.id)).not.toContain('t11000');
  });

  it('keeps the marks overlapping a day range (a month-long span overlaps any day of it)', () => {
    const m = withinDays(timelineModel(stateOf(STORY)), ['2024-10-20', '2024-10-24']);
    expect([...new Set(m.marks.map((k) => k.claim.id))].sort()).toEqual(['t11000', 't1500', 't3000']);
    expect(m.marks.filter((k) => k.claim.id === 't1500').map((k) => k.row)).toEqual(['published']);
  });

  it('caps the marks and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      claim(`c${i}`, 'north-korea', `REL_${i % 3}`, 'kursk', { date: '2024-10-01', dateText: '2024-10-01' }),
    );
    const m = timelineModel(stateOf(many), 12);
    expect(m.claims).toHaveLength(12);
    expect(m.capped).toBe(18);
    expect(MARK_CAP).toBe(2000);
  });

  it('counts a preview-only bundle as density by day, not as marks', () => {
    const claims = Array.from({ length: 40 }, (_, i) =>
      claim(`p${i}`, 'north-korea', 'SENDS_TROOPS_TO', 'kursk', {
        date: `2024-10-${String((i % 4) + 1).padStart(2, '0')}`,
      }),
    );
    const preview = bundleOf(claims);
    expect(preview.claims.length).toBeLessThan(preview.count);
    const s = mergeGraph({ nodes, bundles: [preview] })(emptyState());
    const m = timelineModel(s);
    expect(m.marks).toHaveLength(0);
    expect(m.notLoaded).toBe(40);
    expect(m.density).toEqual([1, 2, 3, 4].map((d) => ({ day: `2024-10-0${d}`, count: 10 })));
    expect(m.densityComplete).toBe(true);
  });
});

describe('figure series', () => {
  it('draws one series per figure key, oldest first, partial dates at their month start', () => {
    const f = figureSeries(timelineModel(stateOf(STORY)));
    expect(f.series.map((s) => s.key)).toEqual(['troops']);
    const troopsSeries = f.series[0]!;
    expect(troopsSeries.points.map((p) => [p.mark.start, p.value])).toEqual([
      ['2024-10-01', 11000],
      ['2024-10-18', 1500],
      ['2024-10-23', 3000],
      ['2024-10-28', 10000],
    ]);
    expect([troopsSeries.min, troopsSeries.max]).toEqual([1500, 11000]);
    expect(f.undated).toBe(1); // the shells figure has no date
    expect(seriesExtent(f)).toEqual(['2024-10-01', '2024-10-31']);
    expect(f.keys).toEqual(['shells', 'troops']);
    expect(figureSeries(timelineModel(stateOf(STORY)), ['shells']).series).toEqual([]);
  });
  it('asks for a log scale only when values span more than two orders of magnitude', () => {
    const f = figureSeries(timelineModel(stateOf(STORY)));
    expect(wantsLog(f.series)).toBe(false);
    const dated = STORY.map((c) => (c.id === 'shells' ? { ...c, date: '2024-10-05', dateText: '2024-10-05' } : c));
    expect(wantsLog(figureSeries(timelineModel(stateOf(dated))).series)).toBe(true);
  });
});
