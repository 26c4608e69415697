import { describe, expect, it } from 'vitest';
import { lookupText } from './indexed.ts';

describe('lookupText', () => {
  it('puts the quoted label and property where the template says, leaving no placeholder', () => {
    const text = lookupText({ label: 'Vessel', property: 'vesselName' });
    expect(text).toContain('MATCH (n:`Vessel`)');
    expect(text).toContain('n.`vesselName` STARTS WITH v');
    expect(text).not.toMatch(/__(LABEL|PROPERTY)__/);
  });

  it("keeps a name with backticks or replacement patterns ($&, $') literal inside its quotes", () => {
    const text = lookupText({ label: "A`$&$'", property: 'p$`' });
    expect(text).toContain("MATCH (n:`A``$&$'`)");
    expect(text).toContain('n.`p$``` = v');
    // Nothing else changed: swapping the quoted names back gives the text of plain names.
    const plain = lookupText({ label: 'X', property: 'Y' });
    expect(text.replaceAll("`A``$&$'`", '`X`').replaceAll('`p$```', '`Y`')).toBe(plain);
  });

  it('refuses a name that could leave its quotes', () => {
    expect(() => lookupText({ label: 'A\\u0060) RETURN 1 //', property: 'name' })).toThrow(/refusing/);
  });
});
