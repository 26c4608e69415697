import { describe, expect, it } from 'vitest';
import { isSafeIdentifier, quoteIdentifier, unknownIdentifiers } from './identifiers.ts';

describe('quoteIdentifier', () => {
  it('backtick-quotes a name and doubles the backticks inside it', () => {
    expect(quoteIdentifier('Vessel')).toBe('`Vessel`');
    expect(quoteIdentifier('my label')).toBe('`my label`');
    expect(quoteIdentifier('a`) DETACH DELETE n //')).toBe('`a``) DETACH DELETE n //`');
    expect(quoteIdentifier('Ünïcødé-名前')).toBe('`Ünïcødé-名前`');
  });

  it('refuses names that could leave the quotes or make no sense', () => {
    // Cypher decodes \u0060 (a backtick) before it reads quotes, so a backslash is never let through.
    for (const bad of ['a\\u0060b', 'a\\b', '', 'line\nbreak', 'nul\u0000', 'x'.repeat(257)]) {
      expect(isSafeIdentifier(bad), JSON.stringify(bad)).toBe(false);
      expect(() => quoteIdentifier(bad)).toThrow(/refusing/);
    }
    expect(isSafeIdentifier('x'.repeat(256))).toBe(true);
  });
});

describe('unknownIdentifiers', () => {
  it('lists the names the schema does not have, exactly and case-sensitively, and unsafe ones', () => {
    const known = ['Vessel', 'Port', 'odd\\name'];
    expect(unknownIdentifiers(['Vessel', 'Port'], known)).toEqual([]);
    expect(unknownIdentifiers(['vessel', 'Ship', 'Port', 'odd\\name'], known)).toEqual(['vessel', 'Ship', 'odd\\name']);
  });
});
