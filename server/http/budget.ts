// Response budgets: every bounded endpoint picks caps so its worst case fits RESPONSE_BUDGET, trims to it
// with fitToBudget where a page can shrink, and one onSend hook fails loudly when an answer still exceeds it.
import type { FastifyInstance } from 'fastify';

/** Routes whose answers are not bounded by this budget (their own limits apply). */
const EXEMPT = [/^\/api\/cypher/, /^\/api\/views/, /^\/api\/queries/];

export const jsonBytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v));

/** How many leading items fit in `budget` bytes after `fixed` bytes are spent (at least `min`). */
export function fitCount<T>(items: T[], budget: number, fixed: number, min = 0): number {
  let used = fixed;
  for (let i = 0; i < items.length; i++) {
    used += jsonBytes(items[i]) + 1;
    if (used > budget && i >= min) return i;
  }
  return items.length;
}

export function installResponseBudget(app: FastifyInstance, budget: number): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/api/') || EXEMPT.some((re) => re.test(req.url))) return payload;
    const size =
      typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : 0;
    if (size <= budget) return payload;
    req.log.error({ url: req.url, size, budget }, 'response over budget');
    reply.code(500).header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({
      error: { code: 'ResponseOverBudget', message: `response of ${size} bytes exceeds the budget of ${budget}` },
    });
  });
}
