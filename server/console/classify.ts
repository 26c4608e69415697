// Decides whether a query may run in the console, from its EXPLAIN plan only. Pure.
export type RefusalReason = 'write' | 'schema' | 'admin' | 'load-csv' | 'call-in-transactions' | 'procedure';

export interface PlanFacts {
  /** summary.queryType: 'r' | 'w' | 'rw' | 's'. */
  queryType: string;
  /** Operator names without the `@db` suffix, e.g. 'ProcedureCall', 'LoadCSV'. */
  operators: string[];
  /** Procedures called by the plan, e.g. 'db.labels'. */
  procedures: string[];
  /** Procedure name → mode from SHOW PROCEDURES (READ, WRITE, SCHEMA, DBMS). */
  procedureModes: ReadonlyMap<string, string>;
}

export type Verdict = { ok: true } | { ok: false; reason: RefusalReason; message: string };

/** Read procedures an analyst needs; anything else is refused even if Neo4j calls it READ (db.stats.*, db.resampleIndex…). */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
];

/** SHOW commands that only describe the schema and callable code; other SHOW/TERMINATE commands are admin. */
const ALLOWED_SHOW = new Set(['ShowProcedures', 'ShowFunctions', 'ShowIndexes', 'ShowConstraints']);

interface OperatorRule {
  reason: RefusalReason;
  test: (op: string) => boolean;
  what: string;
}

// First match wins, so the most specific reason is named (CALL {CREATE} IN TRANSACTIONS is 'call-in-transactions').
const OPERATOR_RULES: readonly OperatorRule[] = [
  {
    reason: 'admin',
    what: 'administration commands (users, roles, databases, transactions, settings)',
    test: (op) =>
      op === 'AdministrationCommand' ||
      /^(Terminate|Alter|Grant|Deny|Revoke)/.test(op) ||
      (/^Show/.test(op) && !ALLOWED_SHOW.has(op)),
  },
  { reason: 'load-csv', what: 'LOAD CSV (reads files or URLs)', test: (op) => op === 'LoadCSV' },
  {
    reason: 'call-in-transactions',
    what: 'CALL { … } IN TRANSACTIONS (commits on its own)',
    test: (op) => /^Transaction(Apply|Foreach)$/.test(op),
  },
  {
    reason: 'schema',
    what: 'schema commands (CREATE/DROP INDEX or CONSTRAINT)',
    test: (op) => /^(Create|Drop)\w*(Index|Constraint)$/.test(op) || op.startsWith('DoNothingIfExists'),
  },
  {
    reason: 'write',
    what: 'writes (CREATE, MERGE, SET, DELETE, DETACH DELETE, REMOVE, FOREACH)',
    test: (op) => /^(Create|Merge|LockingMerge|Set[A-Z]|Remove[A-Z]|Delete|DetachDelete|Foreach)/.test(op),
  },
];

const QUERY_TYPE_REASON: Readonly<Record<string, RefusalReason>> = { w: 'write', rw: 'write', s: 'schema' };

export function classify(facts: PlanFacts): Verdict {
  const ops = facts.operators.map((o) => o.replace(/@.*$/, ''));
  for (const rule of OPERATOR_RULES) {
    const hit = ops.find(rule.test);
    if (hit)
      return refuse(
        rule.reason,
        `Refused: the console is read-only and this query uses ${rule.what} (plan operator ${hit}).`,
      );
  }
  for (const name of facts.procedures) {
    const mode = facts.procedureModes.get(name);
    if (!ALLOWED_PROCEDURES.includes(name) || mode !== 'READ') {
      const why =
        mode === undefined
          ? 'is not a known procedure'
          : mode !== 'READ'
            ? `has mode ${mode}`
            : 'is not on the read-only allow-list';
      return refuse(
        'procedure',
        `Refused: procedure ${name} ${why}; the console only calls read procedures (${ALLOWED_PROCEDURES.join(', ')}).`,
      );
    }
  }
  const byType = QUERY_TYPE_REASON[facts.queryType];
  if (byType)
    return refuse(
      byType,
      `Refused: Neo4j classifies this query as ${describeType(facts.queryType)}; the console only runs read-only queries.`,
    );
  if (facts.queryType !== 'r')
    return refuse('write', `Refused: unknown query type "${facts.queryType}"; only read-only queries run.`);
  return { ok: true };
}

function describeType(t: string): string {
  return t === 's' ? 'a schema/administration command' : t === 'w' ? 'write-only' : 'read-write';
}

function refuse(reason: RefusalReason, message: string): Verdict {
  return { ok: false, reason, message };
}

/** Error codes from EXPLAIN that mean "this is an admin command" (some cannot be explained at all). */
export function refusalForExplainError(code: string, message: string): Verdict | undefined {
  if (
    code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' ||
    /Administration Command/i.test(message)
  ) {
    return refuse('admin', `Refused: administration commands cannot run in the console (${message.split('\n')[0]}).`);
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return refuse('admin', `Refused: this command needs administrator privileges (${message.split('\n')[0]}).`);
  }
  return undefined;
}

/** 'db.labels() :: (label :: STRING)' → 'db.labels'. */
export function procedureNameFromDetails(details: string): string | undefined {
  const m = /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details);
  return m?.[1];
}
