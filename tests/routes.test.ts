import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_ACTIONS } from '../src/core/organisations/policy';
import { ROUTE_ACCESS } from '../src/lib/server/route-access';
import { openApiDocument } from '../src/lib/server/openapi';

const ROUTES = new URL('../src/routes', import.meta.url).pathname;
const ENDPOINT_FILES = /^\+(page|page\.server|server)\.(ts|svelte)$/;

/** Every route id SvelteKit will serve: directories holding a page or an endpoint. */
function routeIds(directory = ROUTES): Array<{ id: string; files: string[] }> {
	const entries = readdirSync(directory, { withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile() && ENDPOINT_FILES.test(entry.name))
		.map((entry) => entry.name);
	const here = files.length ? [{ id: '/' + relative(ROUTES, directory), files }] : [];
	const below = entries
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => routeIds(join(directory, entry.name)));
	return [...here, ...below].map((route) => ({
		...route,
		id: route.id === '/' ? '/' : route.id.replace(/\/$/, '')
	}));
}

describe('route access table', () => {
	const routes = routeIds();

	it('lists every route of the application', () => {
		const unlisted = routes.map((route) => route.id).filter((id) => !(id in ROUTE_ACCESS));
		expect(unlisted, 'add these routes to src/lib/server/route-access.ts').toEqual([]);
	});

	it('lists no route that does not exist', () => {
		const existing = new Set(routes.map((route) => route.id));
		expect(Object.keys(ROUTE_ACCESS).filter((id) => !existing.has(id))).toEqual([]);
	});

	it('names only real policy actions', () => {
		for (const rule of Object.values(ROUTE_ACCESS)) {
			for (const check of rule.checks) expect(ORGANISATION_ACTIONS).toContain(check);
		}
	});

	it('keeps member and admin pages behind sign-in', () => {
		for (const [id, rule] of Object.entries(ROUTE_ACCESS)) {
			if (id.startsWith('/(member)')) expect(rule.access, id).toBe('signed-in');
			if (id.startsWith('/(admin)')) expect(rule.access, id).toBe('admin');
		}
	});
});

describe('OpenAPI document', () => {
	const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
	const apiRoutes = routeIds()
		.filter((route) => route.id.startsWith('/api/v1/'))
		.map((route) => ({ ...route, id: route.id.slice('/api/v1'.length) }));

	function implemented(): string[] {
		return apiRoutes.flatMap((route) => {
			const source = readFileSync(join(ROUTES, 'api', 'v1', route.id, '+server.ts'), 'utf8');
			const path = route.id.replace(/\[(\w+)\]/g, '{$1}');
			return METHODS.filter((method) => new RegExp(`export const ${method}\\b`).test(source)).map(
				(method) => `${method} ${path}`
			);
		});
	}

	function documented(): string[] {
		return Object.entries(openApiDocument.paths).flatMap(([path, operations]) =>
			Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)
		);
	}

	it('describes exactly the endpoints that exist', () => {
		expect(documented().sort()).toEqual(implemented().sort());
	});

	it('is OpenAPI 3.1 with resolvable references', () => {
		expect(openApiDocument.openapi).toBe('3.1.0');
		const text = JSON.stringify(openApiDocument);
		for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/(\w+)"/g)) {
			expect(
				(openApiDocument.components as Record<string, Record<string, unknown>>)[kind!]?.[name!],
				`${kind}/${name}`
			).toBeDefined();
		}
	});
});
