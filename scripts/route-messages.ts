// Which catalogue messages each page's browser code can use, found by reading the source (no bundler).
// For every route: its +layout/+page/+error components (and universal +page.ts/+layout.ts) from the root
// down, and every module they import, transitively ($lib, $core and relative imports; never server-only
// code nor the catalogue itself). In those files, a string literal that is a catalogue key counts, and so
// does a template literal's fixed start (`role.${role}` counts every `role.*` key). A file that builds a
// key with no fixed start (`${prefix}.${key}`) makes its string literals count as prefixes too ('format'
// counts every `format.*` key). Keys are used literally by rule (see README), so this is complete; the
// browser's t() reports any key missing from a page's set (console.error), and the browser journeys fail on
// it. Used by the Vite plugin in vite.config.ts (virtual:entrepairs/route-messages) and by its tests.
// TypeScript, as vite.config.ts which bundles it: nothing runs it with plain node.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Every key of a catalogue, read from its part files (`'a.key': …` entries). */
export function catalogueKeys(i18nDirectory: string, language = 'fr'): Set<string> {
	const keys = new Set<string>();
	for (const name of readdirSync(i18nDirectory)) {
		if (!new RegExp(`^${language}(-[\\w-]+)?\\.ts$`).test(name)) continue;
		const text = readFileSync(join(i18nDirectory, name), 'utf8');
		for (const [, key] of text.matchAll(/^\s*'([^'\\\n]+)'\s*:/gm)) keys.add(key!);
	}
	return keys;
}

const STRING = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g;
const TEMPLATE_HEAD = /`([^`$\\]*)\$\{/g;
const DYNAMIC_HEAD = /`\$\{[^}`]*\}\./;
const NAMESPACE = /^[a-zA-Z][\w-]*(\.[\w-]+)*$/;

/** The catalogue keys a source file can use (see the header comment for the rules). */
export function keysInSource(text: string, keys: ReadonlySet<string>): Set<string> {
	const found = new Set<string>();
	const prefixes = new Set<string>();
	const literals: string[] = [];
	for (const match of text.matchAll(STRING)) literals.push(match[1] ?? match[2] ?? '');
	for (const literal of literals) if (keys.has(literal)) found.add(literal);
	for (const [, head = ''] of text.matchAll(TEMPLATE_HEAD)) {
		if (head.includes('.') && head.endsWith('.')) prefixes.add(head);
	}
	if (DYNAMIC_HEAD.test(text)) {
		for (const literal of literals) if (NAMESPACE.test(literal)) prefixes.add(`${literal}.`);
	}
	if (prefixes.size > 0) {
		for (const key of keys) {
			for (const prefix of prefixes) if (key.startsWith(prefix)) found.add(key);
		}
	}
	return found;
}

const IMPORT =
	/(?:^|[\s;>])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Modules a file imports, skipping type-only imports (erased from the browser's code). */
export function importsOf(text: string): string[] {
	const specifiers: string[] = [];
	for (const [, typeOnly, staticSpecifier, dynamicSpecifier] of text.matchAll(IMPORT)) {
		if (typeOnly) continue;
		specifiers.push((staticSpecifier ?? dynamicSpecifier)!);
	}
	return specifiers;
}

const EXTENSIONS = ['', '.ts', '.js', '.svelte.ts', '.svelte.js', '/index.ts', '/index.js'];

function resolveFile(base: string): string | null {
	for (const extension of EXTENSIONS) {
		const candidate = base + extension;
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Code the browser never runs, or that holds every message: not followed. */
function isExcluded(file: string, sourceDirectory: string): boolean {
	const path = relative(sourceDirectory, file).split(sep).join('/');
	return (
		path.startsWith('i18n/') ||
		path.startsWith('db/') ||
		path.includes('/server/') ||
		/\.server\.(ts|js)$/.test(path) ||
		/\.test\.(ts|js)$/.test(path)
	);
}

/** The file an import points at, or null for packages, `$app/*`, server-only code and the catalogue. */
export function resolveImport(specifier: string, fromFile: string, sourceDirectory: string): string | null {
	const aliases: Record<string, string> = { $lib: 'lib', $core: 'core', $realtime: 'realtime' };
	let base: string | null = null;
	if (specifier.startsWith('.')) base = resolve(dirname(fromFile), specifier);
	else {
		const [head, ...rest] = specifier.split('/');
		if (head && head in aliases) base = join(sourceDirectory, aliases[head]!, ...rest);
	}
	if (base === null) return null;
	const file = resolveFile(base);
	return file && !isExcluded(file, sourceDirectory) ? file : null;
}

/** Every file a set of entry files reaches through imports. */
function reachable(
	entries: string[],
	sourceDirectory: string,
	importsOfFile: (file: string) => string[]
): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const specifier of importsOfFile(file)) {
			const target = resolveImport(specifier, file, sourceDirectory);
			if (target && !seen.has(target)) queue.push(target);
		}
	}
	return seen;
}

// Files of a route directory that run in the browser (+page@x.svelte resets are +page files too).
const CLIENT_FILE = /^\+(page|layout|error)(@[^.]*)?\.(svelte|ts|js)$/;
const LAYOUT_CHAIN_FILE = /^\+(layout|error)(@[^.]*)?\.(svelte|ts|js)$/;

/** Route ids (as SvelteKit names them: '/', '/(public)/urgence') of every directory holding a page. */
function routeDirectories(routesDirectory: string): string[] {
	const found: string[] = [];
	const walk = (directory: string) => {
		const entries = readdirSync(directory, { withFileTypes: true });
		if (entries.some((entry) => entry.isFile() && /^\+page(@[^.]*)?\.svelte$/.test(entry.name))) {
			found.push(directory);
		}
		for (const entry of entries) if (entry.isDirectory()) walk(join(directory, entry.name));
	};
	walk(routesDirectory);
	return found;
}

export function routeIdOf(directory: string, routesDirectory: string): string {
	const path = relative(routesDirectory, directory).split(sep).join('/');
	return `/${path}`;
}

/**
 * The route table: route id -> sorted catalogue keys its browser code can use. The entry '' holds the
 * keys of the root layout and error page alone, for requests no route matched (a 404).
 */
export function routeMessageTable(sourceDirectory: string): Record<string, string[]> {
	const routesDirectory = join(sourceDirectory, 'routes');
	const keys = catalogueKeys(join(sourceDirectory, 'i18n'));
	const texts = new Map<string, string>();
	const read = (file: string): string => {
		if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8'));
		return texts.get(file)!;
	};
	const importsCache = new Map<string, string[]>();
	const importsOfFile = (file: string): string[] => {
		if (!importsCache.has(file)) importsCache.set(file, importsOf(read(file)));
		return importsCache.get(file)!;
	};
	const keysCache = new Map<string, Set<string>>();
	const keysOf = (file: string): Set<string> => {
		if (!keysCache.has(file)) keysCache.set(file, keysInSource(read(file), keys));
		return keysCache.get(file)!;
	};
	const filesIn = (directory: string, pattern: RegExp) =>
		readdirSync(directory)
			.filter((name) => pattern.test(name))
			.map((name) => join(directory, name));
	const chainOf = (directory: string) => {
		const chain: string[] = [];
		for (let current = directory; ; current = dirname(current)) {
			chain.push(...filesIn(current, current === directory ? CLIENT_FILE : LAYOUT_CHAIN_FILE));
			if (current === routesDirectory || !current.startsWith(routesDirectory)) break;
		}
		return chain;
	};
	const keysFor = (entries: string[]) => {
		const set = new Set<string>();
		for (const file of reachable(entries, sourceDirectory, importsOfFile))
			for (const key of keysOf(file)) set.add(key);
		return [...set].sort();
	};

	const table: Record<string, string[]> = { '': keysFor(filesIn(routesDirectory, LAYOUT_CHAIN_FILE)) };
	for (const directory of routeDirectories(routesDirectory)) {
		table[routeIdOf(directory, routesDirectory)] = keysFor(chainOf(directory));
	}
	return table;
}

/** The table as a module: keys listed once, each route as indexes into that list (smaller server code). */
export function routeMessageModule(table: Record<string, string[]>): string {
	const allKeys = [...new Set(Object.values(table).flat())].sort();
	const index = new Map(allKeys.map((key, position) => [key, position]));
	const routes = Object.fromEntries(
		Object.entries(table).map(([route, keys]) => [route, keys.map((key) => index.get(key))])
	);
	return [
		'// Generated by scripts/route-messages.js: the catalogue keys each route can use in the browser.',
		`const keys = ${JSON.stringify(allKeys)};`,
		`const routes = ${JSON.stringify(routes)};`,
		'export default Object.fromEntries(Object.entries(routes).map(([route, list]) => [route, list.map((i) => keys[i])]));',
		''
	].join('\n');
}
