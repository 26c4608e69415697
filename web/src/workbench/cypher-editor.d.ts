// The @neo4j-cypher packages ship .d.ts files but their package "exports" hide them from TypeScript; point at them.
declare module '@neo4j-cypher/react-codemirror' {
  export * from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
