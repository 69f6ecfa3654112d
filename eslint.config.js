import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The dependency rule: the domain (src/core) and the database layer (src/db) know nothing of SvelteKit.
const FRAMEWORK_IMPORTS = {
	patterns: [
		{
			group: ['@sveltejs/*', 'svelte', 'svelte/*', '$app/*', '$env/*', '$lib/*', '$lib'],
			message: 'src/core and src/db must stay framework-free (see ARCHITECTURE.md).'
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'.bench-build/',
			'test-results/',
			'migrations/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-undef': 'off',
			// Entrepairs is served at the root (no paths.base), and plain hrefs keep links working without JS.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/core/**', 'src/db/**', 'src/realtime/**', 'src/demo/**', 'src/i18n/**'],
		rules: { 'no-restricted-imports': ['error', FRAMEWORK_IMPORTS] }
	},
	{
		// Only the domain and the database layer speak SQL.
		files: ['src/routes/**', 'src/lib/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'],
							message: 'Routes and lib call use cases in src/core; only core/db import drizzle.'
						}
					]
				}
			]
		}
	}
);
