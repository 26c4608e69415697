import { describe, expect, it } from 'vitest';
import { classify, procedureNameFromDetails, refusalForExplainError, type PlanFacts } from './classify.ts';

const modes = new Map([
  ['db.labels', 'READ'],
  ['db.stats.clear', 'READ'],
  ['db.createLabel', 'WRITE'],
  ['dbms.listConfig', 'DBMS'],
  ['db.index.vector.createNodeIndex', 'SCHEMA'],
]);
const facts = (p: Partial<PlanFacts>): PlanFacts => ({
  queryType: 'r',
  operators: [],
  procedures: [],
  procedureModes: modes,
  ...p,
});

describe('classify', () => {
  it('accepts a plain read', () => {
    expect(classify(facts({ operators: ['ProduceResults@neo4j', 'AllNodesScan@neo4j'] }))).toEqual({ ok: true });
  });

  const refused: Array<[string, Partial<PlanFacts>, string]> = [
    ['CREATE', { queryType: 'rw', operators: ['ProduceResults', 'Create'] }, 'write'],
    ['MERGE', { queryType: 'rw', operators: ['Merge', 'NodeByLabelScan'] }, 'write'],
    ['SET', { queryType: 'w', operators: ['EmptyResult', 'SetProperty'] }, 'write'],
    ['DETACH DELETE', { queryType: 'w', operators: ['DetachDelete'] }, 'write'],
    ['REMOVE label', { queryType: 'w', operators: ['RemoveLabels'] }, 'write'],
    ['a write type with unknown operators', { queryType: 'w', operators: ['SomethingNew'] }, 'write'],
    ['CREATE INDEX', { queryType: 's', operators: ['CreateIndex'] }, 'schema'],
    ['DROP CONSTRAINT', { queryType: 's', operators: ['DropConstraint'] }, 'schema'],
    ['IF NOT EXISTS index', { queryType: 's', operators: ['DoNothingIfExists(INDEX)', 'CreateIndex'] }, 'schema'],
    ['SHOW USERS', { queryType: 's', operators: ['AdministrationCommand@system'] }, 'admin'],
    ['TERMINATE TRANSACTIONS (typed r by Neo4j)', { operators: ['ProduceResults', 'TerminateTransactions'] }, 'admin'],
    ['SHOW SETTINGS', { operators: ['ShowSettings'] }, 'admin'],
    ['LOAD CSV (typed r by Neo4j)', { operators: ['ProduceResults', 'LoadCSV'] }, 'load-csv'],
    [
      'CALL IN TRANSACTIONS even with a write inside',
      { queryType: 'w', operators: ['TransactionForeach', 'DetachDelete'] },
      'call-in-transactions',
    ],
    ['read CALL IN TRANSACTIONS', { operators: ['TransactionApply', 'Projection'] }, 'call-in-transactions'],
    ['write procedure', { queryType: 'w', operators: ['ProcedureCall'], procedures: ['db.createLabel'] }, 'procedure'],
    ['DBMS procedure', { queryType: 's', operators: ['ProcedureCall'], procedures: ['dbms.listConfig'] }, 'procedure'],
    [
      'READ procedure not on the allow-list',
      { operators: ['ProcedureCall'], procedures: ['db.stats.clear'] },
      'procedure',
    ],
    ['unknown procedure', { operators: ['ProcedureCall'], procedures: ['apoc.load.json'] }, 'procedure'],
    ['unknown query type', { queryType: 'x' }, 'write'],
  ];
  for (const [name, f, reason] of refused) {
    it(`refuses ${name} as ${reason}`, () => {
      const v = classify(facts(f));
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.reason).toBe(reason);
        expect(v.message).toMatch(/^Refused: /);
      }
    });
  }

  it('names the procedure and its mode', () => {
    const v = classify(facts({ queryType: 'w', operators: ['ProcedureCall'], procedures: ['db.createLabel'] }));
    expect(!v.ok && v.message).toContain('db.createLabel has mode WRITE');
  });

  it('allows allow-listed READ procedures and schema SHOW commands', () => {
    expect(classify(facts({ operators: ['ProcedureCall'], procedures: ['db.labels'] })).ok).toBe(true);
    expect(classify(facts({ operators: ['ShowProcedures'] })).ok).toBe(true);
    expect(classify(facts({ operators: ['ShowIndexes'] })).ok).toBe(true);
  });

  it('refuses an allow-listed name whose mode is not READ on this server', () => {
    const odd = new Map([['db.labels', 'WRITE']]);
    expect(classify(facts({ operators: ['ProcedureCall'], procedures: ['db.labels'], procedureModes: odd })).ok).toBe(
      false,
    );
  });
});

describe('refusalForExplainError', () => {
  it('treats unsupported administration commands as admin', () => {
    const v = refusalForExplainError(
      'Neo.ClientError.Statement.UnsupportedAdministrationCommand',
      'Unsupported administration command: CREATE DATABASE foo',
    );
    expect(v && !v.ok && v.reason).toBe('admin');
  });
  it('leaves syntax errors alone', () => {
    expect(refusalForExplainError('Neo.ClientError.Statement.SyntaxError', "Invalid input ''")).toBeUndefined();
  });
});

describe('procedureNameFromDetails', () => {
  it('reads the procedure name from ProcedureCall details', () => {
    expect(procedureNameFromDetails('db.labels() :: (label :: STRING)')).toBe('db.labels');
    expect(procedureNameFromDetails('dbms.killConnections($autolist_0) :: (connectionId :: STRING)')).toBe(
      'dbms.killConnections',
    );
    expect(procedureNameFromDetails('')).toBeUndefined();
  });
});
