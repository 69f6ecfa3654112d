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

/**
 * Fewer, larger chunks in the browser build. Each file costs a request and about 650 bytes of response
 * headers (the security headers ride on static files too): the conversation page asked for 21 scripts,
 * most under 1 KB. The framework (Svelte and SvelteKit's client) becomes one chunk; our own shared
 * modules are grouped by the set of pages using them, small groups merged with a neighbour. The crisis
 * detector stays its own chunk, loaded on first typing (its dynamic import makes it an entry).
 */
function fewerChunks(): Plugin {
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
										{ name: 'framework', test: /node_modules[\\/]/, priority: 2 },
										{
											name: 'shared',
											test: /[\\/]src[\\/](lib|core)[\\/]/,
											minShareCount: 2,
											priority: 1
										}
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
