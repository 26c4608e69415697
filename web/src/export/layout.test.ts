import { describe, expect, it } from 'vitest';
import { layoutFigure, wrapText, type LayoutItem } from './layout.ts';
import { legendItems, sourcesOf } from './furniture.ts';
import { approxMeasure, claim, snapshot } from './testFixtures.ts';

const F = { family: 'x', size: 10, weight: 'normal', style: 'normal' };
const texts = (items: LayoutItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('aaa bbb ccc ddd', 40, F, approxMeasure); // 5.5 px per char
    expect(lines).toEqual(['aaa bbb', 'ccc ddd']);
    for (const l of lines) expect(approxMeasure(l, F)).toBeLessThanOrEqual(40);
  });
  it('breaks words longer than a line and keeps explicit newlines', () => {
    expect(wrapText('abcdefghij', 22, F, approxMeasure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a\nb', 100, F, approxMeasure)).toEqual(['a', 'b']);
  });
});

describe('layoutFigure', () => {
  const snap = snapshot();
  const content = {
    title: 'North Korean troops in Kursk',
    caption: 'Who said what',
    legend: legendItems(snap),
    sources: sourcesOf(snap.edges),
    generatedFrom: 'Generated from saved view “kursk”',
  };

  it('keeps the exact requested size, stacks title, graph, legend, sources, footer without overlap', () => {
    const l = layoutFigure({
      size: { kind: 'size', width: 1200, height: 800 },
      content,
      fontFamily: 'x',
      measure: approxMeasure,
    });
    expect([l.width, l.height]).toEqual([1200, 800]);
    const title = l.items.find((i) => i.kind === 'text' && i.text === content.title)!;
    const sourcesHead = l.items.find((i) => i.kind === 'text' && i.text === 'Sources')!;
    const footer = l.items.find((i) => i.kind === 'text' && i.text === content.generatedFrom)!;
    expect(title.kind === 'text' && title.y).toBeLessThan(l.graph.y);
    expect(sourcesHead.kind === 'text' && sourcesHead.y).toBeGreaterThan(l.graph.y + l.graph.h);
    expect(footer.kind === 'text' && footer.y).toBeGreaterThan(sourcesHead.kind === 'text' ? sourcesHead.y : 0);
    expect(footer.kind === 'text' && footer.y).toBeLessThanOrEqual(800);
    expect(texts(l.items).filter((t) => t.startsWith('['))).toHaveLength(3);
  });

  it('omits hidden furniture entirely, giving the graph the space', () => {
    const full = layoutFigure({
      size: { kind: 'size', width: 1200, height: 800 },
      content,
      fontFamily: 'x',
      measure: approxMeasure,
    });
    const bare = layoutFigure({
      size: { kind: 'size', width: 1200, height: 800 },
      content: {},
      fontFamily: 'x',
      measure: approxMeasure,
    });
    expect(bare.items).toEqual([]);
    expect(bare.graph.h).toBeGreaterThan(full.graph.h);
  });

  it('in scale mode sizes the figure from the graph and multiplies everything by the scale', () => {
    const one = layoutFigure({
      size: { kind: 'scale', scale: 1, graphWidth: 800, graphHeight: 500 },
      content,
      fontFamily: 'x',
      measure: approxMeasure,
    });
    const two = layoutFigure({
      size: { kind: 'scale', scale: 2, graphWidth: 800, graphHeight: 500 },
      content,
      fontFamily: 'x',
      measure: approxMeasure,
    });
    expect(one.graph.h).toBe(500);
    expect(two.graph.h).toBe(1000);
    expect(Math.abs(two.width - 2 * one.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
  });

  it('drops trailing sources in a small fixed-size figure and says how many', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      claim(`c${i}`, {
        article: {
          id: `a${i}`,
          title: `Title ${i}`,
          outlet: 'NOS',
          published: `2024-10-${String((i % 28) + 1).padStart(2, '0')}`,
        },
      }),
    );
    const l = layoutFigure({
      size: { kind: 'size', width: 800, height: 600 },
      content: { sources: sourcesOf([{ claims: many }]) },
      fontFamily: 'x',
      measure: approxMeasure,
    });
    expect(l.omittedSources).toBeGreaterThan(0);
    expect(l.graph.h).toBeGreaterThanOrEqual(600 * 0.4 - 1);
    expect(texts(l.items).some((t) => t.includes(`${l.omittedSources} more`))).toBe(true);
  });

  it('wraps a legend entry wider than a narrow figure instead of running off its edge', () => {
    const s = snapshot();
    const l = layoutFigure({
      size: { kind: 'width', width: 300, unit: 1, graphShare: 0.75 },
      content: { legend: legendItems(s) },
      fontFamily: 'x',
      measure: approxMeasure,
    });
    const legendText = l.items.filter((i) => i.kind === 'text');
    const dash = legendText.filter((i) => i.kind === 'text' && /dashed|alleged|unconfirmed|denied/.test(i.text));
    expect(dash.length).toBeGreaterThan(1);
    for (const t of legendText)
      if (t.kind === 'text') expect(t.x + approxMeasure(t.text, t.font), t.text).toBeLessThanOrEqual(300 - 16 + 0.5);
    const boxes = legendText.flatMap((t) =>
      t.kind === 'text' ? [{ y: t.y, x0: t.x, x1: t.x + approxMeasure(t.text, t.font) }] : [],
    );
    for (const a of boxes)
      for (const b of boxes) if (a !== b && a.y === b.y) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    expect(l.height).toBeGreaterThan(Math.max(...boxes.map((b) => b.y)));
  });
});
