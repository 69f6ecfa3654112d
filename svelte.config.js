import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		// Strict CSP: SvelteKit adds a nonce to the few inline scripts it needs; nothing else inline runs.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
