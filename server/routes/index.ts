// Every API route plugin, registered in this order by server/app.ts. Add a route by one line.
import type { ApiRoute } from './types.ts';
import { health } from './health.ts';
import { search } from './search.ts';
import { seed } from './seed.ts';
import { entities } from './entities.ts';
import { expand } from './expand.ts';
import { claims } from './claims.ts';
import { graph } from './graph.ts';
import { paths } from './paths.ts';
import { articles } from './articles.ts';
import { schema } from './schema.ts';
import { views } from './views.ts';
import { perspective } from './perspective.ts';
import { cypher } from './cypher.ts';

export type { ApiRoute, RouteDeps } from './types.ts';

export const routes: ApiRoute[] = [
  health,
  search,
  seed,
  entities,
  expand,
  claims,
  graph,
  paths,
  articles,
  schema,
  views,
  perspective,
  cypher,
];
