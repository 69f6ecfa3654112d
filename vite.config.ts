import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { routeMessageModule, routeMessageTable } from './scripts/route-messages.js';

const ROUTE_MESSAGES = 'virtual:entrepairs/route-messages';
const sourceDirectory = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Each page's messages: the route -> catalogue keys table, read from the sources when a build starts
 * (so pages added by anyone are covered by construction). Under `vite dev` the table is null and every
 * message of the page's language is sent: nothing to recompute as files change.
 */
function routeMessages(): Plugin {
	let serving = false;
	let module: string | null = null;
	return {
		name: 'entrepairs-route-messages',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		buildStart() {
			module = null;
		},
		resolveId(id) {
			return id === ROUTE_MESSAGES ? `\0${ROUTE_MESSAGES}` : undefined;
		},
		load(id) {
			if (id !== `\0${ROUTE_MESSAGES}`) return undefined;
			if (serving) return 'export default null;\n';
			module ??= routeMessageModule(routeMessageTable(sourceDirectory));
			return module;
		}
	};
}

const PAGE_NODE = /[\\/]generated[\\/]client(?:-optimized)?[\\/]nodes[\\/](\d+)\.js$/;
const FRAMEWORK = /node_modules[\\/]|^\0|rolldown[\\/:]runtime|vite[\\/]preload-helper/;
const OWN_MODULE = /[\\/]src[\\/](lib|core|i18n)[\\/]/;

interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/** The page nodes (SvelteKit's `nodes/N.js`, N = 0 the root layout, 1 the root error page) that import `id`. */
function pagesReaching(id: string, graph: ModuleGraph, memo: Map<string, Set<string>>): Set<string> {
	const known = memo.get(id);
	if (known) return known;
	const pages = new Set<string>();
	memo.set(id, pages); // cycles end here
	const node = PAGE_NODE.exec(id);
	if (node?.[1]) pages.add(node[1]);
	else
		for (const importer of graph.getModuleInfo(id)?.importers ?? [])
			for (const page of pagesReaching(importer, graph, memo)) pages.add(page);
	return pages;
}

/** The area a module of ours belongs to: `src/lib/components/<area>/`, `src/core/<area>/`, else `lib`. */
function areaOf(id: string): string {
	const match = /[\\/]src[\\/](?:lib[\\/]components|core)[\\/]([\w-]+)[\\/]/.exec(id);
	return match?.[1] ?? 'lib';
}

/** Areas imported by other areas come first (see the groups below); the last tier is everything else. */
const AREA_TIERS = [['forms', 'safety', 'lib'], ['matching', 'recognition', 'care', 'conversations'], []];
const tierOf = (area: string) => {
	const index = AREA_TIERS.findIndex((tier) => tier.includes(area));
	return index === -1 ? AREA_TIERS.length - 1 : index;
};

/** Whether the root layout or the root error page (loaded by every page) needs `id`. */
function layoutNeeds(id: string, graph: ModuleGraph, memo: Map<string, Set<string>>): boolean {
	const pages = pagesReaching(id, graph, memo);
	return pages.has('0') || pages.has('1');
}

/**
 * Fewer, larger chunks in the browser build, and no page loading code only other pages use. Each file costs a
 * request and about 650 bytes of response headers: the conversation page once asked for 21 scripts, most
 * under 1 KB. So:
 * - the framework (Svelte and SvelteKit's client) is one chunk;
 * - our modules the root layout needs (header, i18n, live badges) are one chunk, `app`, loaded by every page;
 * - our other modules used by several pages are grouped by area (`safety`, `care`, `knowledge`…): a page
 *   loads the areas it uses, not one "shared" chunk holding every form of the product (that chunk had grown
 *   to 66 KB as modules were added, most of it unused by any one page);
 * - a module used by one page stays in that page's chunk. The crisis detector stays its own chunk, loaded on
 *   first typing (its dynamic import makes it an entry).
 */
function fewerChunks(): Plugin {
	const memo = new Map<string, Set<string>>();
	return {
		name: 'entrepairs-fewer-chunks',
		config: {
			order: 'post',
			handler(config) {
				if (config.build?.ssr !== false) return undefined;
				return {
					build: {
						rollupOptions: {
							output: {
								codeSplitting: {
									groups: [
										// With the bundler's own helpers (its runtime, Vite's preload helper), tiny files otherwise.
										{ name: 'framework', test: FRAMEWORK, priority: 10 },
										// What every page with JavaScript loads, first: the root layout's modules and theirs,
										// and the first tier of areas (forms, the crisis panel and lines, small helpers).
										{
											test: OWN_MODULE,
											priority: 9,
											name: (id, context) =>
												layoutNeeds(id, context, memo) ||
												(tierOf(areaOf(id)) === 0 && pagesReaching(id, context, memo).size >= 2)
													? 'app'
													: null
										},
										// Then areas by how deep they sit: a group takes the modules its modules import
										// (rolldown keeps execution order that way), so areas other areas import (forms, the
										// crisis panel, the experience picker) are grouped before the areas importing them.
										...AREA_TIERS.slice(1).map((tier, index) => ({
											test: (id: string) => OWN_MODULE.test(id) && tierOf(areaOf(id)) === index + 1,
											priority: 8 - index,
											name: (id: string, context: ModuleGraph) =>
												pagesReaching(id, context, memo).size >= 2 ? areaOf(id) : null
										}))
									]
								}
							}
						}
					}
				};
			}
		}
	};
}

export default defineConfig({
	plugins: [routeMessages(), fewerChunks(), sveltekit()],
	server: { port: 3000 }
});
