import type { ApiRoute } from './types.ts';
import { query } from '../http/db.ts';
import { toPlain } from '../../lib/neo4j/values.ts';

export const schema: ApiRoute = {
  id: 'schema',
  register(app, { db }) {
    app.get('/api/schema', async () => {
      const [labels, types, keys] = await Promise.all([
        query(db, 'schema-labels'),
        query(db, 'schema-relationship-types'),
        query(db, 'schema-property-keys'),
      ]);
      return {
        labels: labels.map((r) => ({ label: r.get('label') as string, count: toPlain(r.get('count')) })),
        relationshipTypes: types.map((r) => ({ type: r.get('type') as string, count: toPlain(r.get('count')) })),
        propertyKeys: keys.map((r) => r.get('propertyKey') as string),
      };
    });
  },
};
