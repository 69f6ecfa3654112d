import type { frHttp } from './fr-http';

/** English catalogue part: how requests are read (bodies, redirects). Same keys as fr-http.ts. */
export const enHttp: Record<keyof typeof frHttp, string> = {
	'error.jsonTooDeep': 'The JSON sent is nested too deeply (32 levels at most). Send a simpler object.',
	'validation.jsonTooDeep': 'Too many nested levels (32 at most).'
};
