import { describe, expect, it } from 'vitest';
import { isViewName, viewBody } from './names.ts';

describe('isViewName', () => {
  it.each(['Kursk troops', 'fig-1', 'A', 'report_2024.10', 'x'.repeat(80)])('accepts %j', (n) => {
    expect(isViewName(n)).toBe(true);
  });
  it.each([
    '',
    ' lead',
    '-x',
    '.hidden',
    '../etc/passwd',
    'a/b',
    'a\\b',
    'a..b',
    'x'.repeat(81),
    'trail.',
    'trail ',
    'naïve',
    'a\nb',
  ])('rejects %j', (n) => {
    expect(isViewName(n)).toBe(false);
  });
});

describe('viewBody', () => {
  it('accepts a versioned view with nodes and keeps extra fields', () => {
    const r = viewBody.safeParse({ view: { version: 1, nodes: [{ id: 'kursk' }], layout: 'fcose' } });
    expect(r.success).toBe(true);
    expect(r.data?.view.layout).toBe('fcose');
  });
  it.each([{}, { view: [] }, { view: { nodes: [] } }, { view: { version: 1 } }, { view: { version: 1, nodes: {} } }])(
    'rejects %j',
    (body) => {
      expect(viewBody.safeParse(body).success).toBe(false);
    },
  );
});
