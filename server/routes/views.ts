import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { parse } from '../http/validate.ts';
import { notFound } from '../http/errors.ts';
import { viewBody, viewName } from '../views/names.ts';
import { createViewStore } from '../views/store.ts';

const Params = z.object({ name: viewName });

export const views: ApiRoute = {
  id: 'views',
  register(app, { config }) {
    const store = createViewStore(config.viewsDir, config.views);
    // Room for the {"view": …} envelope; the store measures the view itself against maxViewBytes.
    const bodyLimit = config.views.maxViewBytes + 1024;

    app.get('/api/views', async () => ({ views: await store.list() }));

    app.get('/api/views/:name', async (req) => {
      const { name } = parse(Params, req.params, 'name');
      const v = await store.get(name);
      if (!v) throw notFound(`no saved view named "${name}"`);
      return v;
    });

    app.put('/api/views/:name', { bodyLimit }, async (req) => {
      const { name } = parse(Params, req.params, 'name');
      const { view } = parse(viewBody, req.body, 'body');
      return store.put(name, view);
    });

    app.delete('/api/views/:name', async (req) => {
      const { name } = parse(Params, req.params, 'name');
      if (!(await store.remove(name))) throw notFound(`no saved view named "${name}"`);
      return { name, deleted: true };
    });
  },
};
