// The web app's instance of the one API client (lib/api/client.ts): relative URLs, one status hook.
import { createApiClient } from '../../../lib/api/client.ts';

export type { ApiError, ApiErrorKind, ApiResult, ClaimsOf } from '../../../lib/api/client.ts';

export const api = createApiClient();
/** Lets the UI show one banner for "database down" whichever call hit it. */
export const onApiError = api.onStatus;
