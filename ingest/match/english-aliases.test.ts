// The curated entities know their common English forms too (issue 13 item 4): an English wire report on the
// same event links the same entities as the Dutch articles. The text is written for this test, in wire style.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../lib/config.ts';
import { readInputs } from '../read/collect.ts';
import { validate } from '../validate.ts';
import { buildAliasIndex, countMentions } from './aliases.ts';

const WIRE = `BRUSSELS (Reuters) - NATO confirmed on Monday that North Korean soldiers have been sent to Russia and
deployed in the Kursk region. Secretary-General Mark Rutte said the North Korean forces were a significant
escalation. Ukrainian forces have held parts of Kursk since August. Russian soldiers and Russian troops are
stretched thin, according to U.S. officials; the Defense Department said about 10,000 troops were involved.
Pyongyang's envoy told the U.N. Security Council and the UN that the reports were false. South Korea's
spy agency, the NIS, said Kim Jong Un had also sent artillery shells, ballistic missiles and drones. "It told us
nothing," a Ukrainian defence ministry spokesman said of Moscow's answer.`;

const index = () => {
  const { valid, problems } = validate(readInputs([path.join(ROOT_DIR, 'data', 'graph', 'entities.yaml')]));
  expect(problems).toEqual([]);
  return buildAliasIndex(valid.entities);
};

describe('English aliases of the curated entities', () => {
  const m = countMentions(WIRE, index());
  it.each([
    ['north-korean-troops', 2],
    ['ukrainian-army', 1],
    ['russian-army', 2],
    ['united-states', 1],
    ['united-nations', 2],
    ['us-department-of-defense', 1],
    ['ukrainian-ministry-of-defence', 1],
    ['nato', 1],
    ['kursk', 2],
    ['kim-jong-un', 1],
    ['nis', 1],
    ['artillery-shells', 1],
    ['ballistic-missiles', 1],
    ['drones', 1],
  ])('%s is mentioned %i times', (id, n) => expect(m.get(id) ?? 0).toBe(n));

  it('does not read the pronoun "us" as the United States', () => {
    expect(countMentions('It told us nothing.', index()).get('united-states')).toBeUndefined();
  });
});
