import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The quick exit's inline script in app.html (button and Escape x3) must run on every page: the policy
// allows it by its hash (the policy uses hashes, never nonces: see `csp` below).
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const quickExitScript = /<script>([\s\S]*?)<\/script>/.exec(appHtml)?.[1];
if (quickExitScript === undefined) throw new Error('src/app.html: the quick exit script is missing');
const quickExitHash = `sha256-${createHash('sha256').update(quickExitScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		alias: {
			$core: 'src/core',
			'$core/*': 'src/core/*',
			$db: 'src/db',
			'$db/*': 'src/db/*',
			$realtime: 'src/realtime',
			'$realtime/*': 'src/realtime/*',
			$i18n: 'src/i18n',
			'$i18n/*': 'src/i18n/*'
		},
		// Strict CSP: the few inline scripts SvelteKit needs are allowed by their hash (sha-256 of each
		// page's own script, computed as it renders); nothing else inline runs. Hashes, not nonces: a page
		// kept for a moment (page-cache.ts) can be sent again as it is, and a kept page never repeats a nonce.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', quickExitHash],
				'style-src': ['self'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		version: { pollInterval: 0 }
	}
};

export default config;
