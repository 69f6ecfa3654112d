import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	catalogueKeys,
	importsOf,
	keysInSource,
	routeMessageModule,
	routeMessageTable
} from '../scripts/route-messages.js';
import { fr } from '../src/i18n/fr';
import { messagesFor } from '../src/i18n';

const KEYS = new Set(['a.title', 'a.body', 'role.member', 'role.coordinator', 'format.chat', 'other.x']);

describe('keys in a source file', () => {
	it('counts string literals that are catalogue keys, and nothing else', () => {
		const found = keysInSource(`t('a.title'); t("a.body"); const x = 'a.titl'; const y = 'other';`, KEYS);
		expect([...found].sort()).toEqual(['a.body', 'a.title']);
	});

	it('counts every key under the fixed start of a template literal', () => {
		expect([...keysInSource('t(`role.${membership.role}` as MessageKey)', KEYS)].sort()).toEqual([
			'role.coordinator',
			'role.member'
		]);
	});

	it('treats literals as prefixes in a file that builds keys with no fixed start', () => {
		const text =
			"const list = (keys, prefix) => keys.map((key) => t(`${prefix}.${key}`)); list(f, 'format');";
		expect([...keysInSource(text, KEYS)]).toEqual(['format.chat']);
		// Without such a template, 'format' alone is only a word.
		expect([...keysInSource("list(f, 'format')", KEYS)]).toEqual([]);
	});
});

describe('imports of a source file', () => {
	it('lists static, re-exported and dynamic imports, not type-only ones', () => {
		const text = [
			"import { t } from '$lib/i18n';",
			"import type { MessageKey } from '$i18n';",
			'import {\n\tone,\n\ttwo\n} from "./multi";',
			"export { three } from '../three';",
			"import './side-effect.css';",
			"const lazy = () => import('./lazy');"
		].join('\n');
		expect(importsOf(text)).toEqual(['$lib/i18n', './multi', '../three', './side-effect.css', './lazy']);
	});
});

describe('route table', () => {
	const root = mkdtempSync(join(tmpdir(), 'route-messages-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write(
		'i18n/fr.ts',
		[
			'export const fr = {',
			...[
				'layout.skip',
				'error.title',
				'home.title',
				'help.title',
				'help.card',
				'help.deep',
				'help.lazy',
				'server.only',
				'core.word',
				'never.used'
			].map((key) => `\t'${key}': 'x',`),
			'} as const;'
		].join('\n')
	);
	write('i18n/fr-part.ts', "export const frPart = {\n\t'part.key': 'y'\n};");
	write('routes/+layout.svelte', "<script>import { t } from '$lib/i18n';</script>{t('layout.skip')}");
	write('routes/+layout.server.ts', "export const load = () => ({ x: 'server.only' });");
	write('routes/+error.svelte', "<p>{t('error.title')}</p>");
	write('routes/(public)/+page.svelte', "<h1>{t('home.title')}</h1>");
	write(
		'routes/(member)/aide/[id]/+page.svelte',
		[
			'<script lang="ts">',
			"\timport Card from '$lib/components/Card.svelte';",
			"\timport { helper } from './helper';",
			"\timport { secret } from '$lib/server/secret';",
			"\timport type { Thing } from '$core/things';",
			'</script>',
			"<h1>{t('help.title')}</h1><Card />"
		].join('\n')
	);
	write('routes/(member)/aide/[id]/+page.server.ts', "export const x = 'server.only';");
	write(
		'routes/(member)/aide/[id]/helper.ts',
		"import { word } from '$core/words';\nexport const helper = () => import('./lazy');"
	);
	write('routes/(member)/aide/[id]/lazy.ts', "export const y = 'help.lazy';");
	write(
		'lib/components/Card.svelte',
		"<script>import { deep } from '../deep';</script><p>{t('help.card')}</p>"
	);
	write('lib/deep.ts', "export const deep = 'help.deep';");
	write('lib/server/secret.ts', "export const secret = 'server.only';");
	write('core/words.ts', "export const word = 'core.word';");
	write('core/things.ts', "export const thing = 'never.used';");
	write('lib/i18n.ts', "import { fr } from '../i18n/fr';\nexport const t = (key) => key;");
	const table = routeMessageTable(root);

	it('reads every key of the catalogue and its parts', () => {
		expect(catalogueKeys(join(root, 'i18n')).has('part.key')).toBe(true);
		expect(catalogueKeys(join(root, 'i18n')).size).toBe(11);
	});

	it('has an entry for each page, named as SvelteKit names its route, and one for unmatched requests', () => {
		expect(Object.keys(table).sort()).toEqual(['', '/(member)/aide/[id]', '/(public)']);
		expect(table['']).toEqual(['error.title', 'layout.skip']);
	});

	it('gives a page its layouts, error page, components and modules, followed through imports', () => {
		expect(table['/(member)/aide/[id]']).toEqual([
			'core.word',
			'error.title',
			'help.card',
			'help.deep',
			'help.lazy',
			'help.title',
			'layout.skip'
		]);
		expect(table['/(public)']).toEqual(['error.title', 'home.title', 'layout.skip']);
	});

	it('never follows server-only code, type-only imports or the catalogue itself', () => {
		for (const keys of Object.values(table)) {
			expect(keys).not.toContain('server.only');
			expect(keys).not.toContain('never.used');
		}
	});

	it('writes a module that gives the same table back', async () => {
		const url = `data:text/javascript,${encodeURIComponent(routeMessageModule(table))}`;
		const { default: loaded } = await import(/* @vite-ignore */ url);
		expect(loaded).toEqual(table);
	});
});

describe('the application route table', () => {
	const source = new URL('../src', import.meta.url).pathname;
	const table = routeMessageTable(source);

	it('reads the catalogue keys exactly as the catalogue has them', () => {
		expect([...catalogueKeys(join(source, 'i18n'))].sort()).toEqual(Object.keys(fr).sort());
	});

	it('has an entry for every page in src/routes', () => {
		const pages: string[] = [];
		const walk = (directory: string) => {
			for (const entry of readdirSync(directory, { withFileTypes: true })) {
				if (entry.isDirectory()) walk(join(directory, entry.name));
				else if (/^\+page(@[^.]*)?\.svelte$/.test(entry.name)) {
					pages.push(`/${relative(join(source, 'routes'), directory)}`);
				}
			}
		};
		walk(join(source, 'routes'));
		expect(pages.length).toBeGreaterThan(30);
		for (const page of pages) expect(table[page], page).toBeDefined();
		// Every page shows the header (its layout's messages) and may show the error page.
		for (const page of pages) expect(table[page], page).toEqual(expect.arrayContaining(table['']!));
	});

	it('keeps the name `translations` for the root layout alone (a page data key would hide it)', () => {
		const loads: string[] = [];
		const walk = (directory: string) => {
			for (const entry of readdirSync(directory, { withFileTypes: true })) {
				const path = join(directory, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (/^\+(page|layout)(\.server)?\.ts$/.test(entry.name)) loads.push(path);
			}
		};
		walk(join(source, 'routes'));
		const offenders = loads.filter(
			(path) =>
				path !== join(source, 'routes/+layout.server.ts') &&
				/\btranslations\b/.test(readFileSync(path, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});

	it('sends a page its messages in one language only', () => {
		const keys = table['/(public)/connexion']!;
		const english = messagesFor('en', keys);
		expect(Object.keys(english).sort()).toEqual([...keys].sort());
		expect(Object.keys(english).length).toBeLessThan(Object.keys(fr).length / 5);
		expect(english['layout.skipLink']).not.toBe(messagesFor('fr', keys)['layout.skipLink']);
	});
});
