// The perspective of the connected database (lib/model/perspective.ts): GET it (stored or generated), PUT an
// edited one (validated, size-capped, written atomically), DELETE to go back to the generated one.
import type { ApiRoute } from './types.ts';
import { parse } from '../http/validate.ts';
import { MAX_PERSPECTIVE_BYTES, perspectiveBody } from '../perspective/schema.ts';
import { createPerspectiveService } from '../perspective/service.ts';

export const perspective: ApiRoute = {
  id: 'perspective',
  register(app, { config, db }) {
    const service = createPerspectiveService(db, config.perspectivesDir, config.neo4j.uri);
    app.get('/api/perspective', () => service.get());
    app.put('/api/perspective', { bodyLimit: MAX_PERSPECTIVE_BYTES }, (req) =>
      service.put(parse(perspectiveBody, req.body, 'body').perspective),
    );
    app.delete('/api/perspective', () => service.reset());
  },
};
