#!/usr/bin/env node
// The production server: adapter-node's request handler, behind which static files (served by the handler
// before SvelteKit's hooks run) get the same security headers as pages. Pages and the API set their own
// values again in src/hooks.server.ts, which win. Used by `npm start`, `npm run start:cluster` and the
// browser journeys; settings as adapter-node's: PORT, HOST, ORIGIN, BODY_SIZE_LIMIT, SHUTDOWN_TIMEOUT.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import process from 'node:process';

const root = new URL('..', import.meta.url);
const headers = JSON.parse(readFileSync(new URL('src/lib/server/security-headers.json', root), 'utf8'));
const { handler } = await import(new URL('build/handler.js', root).href);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownSeconds = Number(process.env.SHUTDOWN_TIMEOUT ?? 30);
const secure = (process.env.ORIGIN ?? '').startsWith('https:');

const base = Object.entries({
	...headers.always,
	'content-security-policy': headers.defaultContentSecurityPolicy,
	...(secure ? { 'strict-transport-security': headers.strictTransportSecurity } : {})
});

// Built scripts and style sheets under /_app/immutable/ are never documents: the document-only headers
// (frame, referrer, opener, permissions and content-security policies) have no effect on them and cost a
// phone about 330 bytes per file, a dozen files a page. They keep what applies to them: no MIME sniffing, and
// no loading from other sites. Everything else (pages, API, favicon.svg and other static files, which a
// browser may open as a document) gets the full set.
const immutable = Object.entries({
	'x-content-type-options': headers.always['x-content-type-options'],
	'cross-origin-resource-policy': headers.always['cross-origin-resource-policy']
});
const IMMUTABLE_ASSET = /^\/_app\/immutable\/[\w./-]+\.(?:js|css)$/;

/** Drops ETag and Last-Modified from the headers the static file server passes to `writeHead`. */
function withoutValidators(response) {
	const writeHead = response.writeHead;
	response.writeHead = function (status, ...rest) {
		const headersObject = rest.at(-1);
		if (headersObject && typeof headersObject === 'object' && !Array.isArray(headersObject))
			for (const name of Object.keys(headersObject))
				if (/^(etag|last-modified)$/i.test(name)) delete headersObject[name];
		return writeHead.call(this, status, ...rest);
	};
}

/**
 * A 304 carries no content security policy: a browser revalidating a page merges the 304's headers into
 * the page it kept, and the static files' default policy (default-src 'none') would then block the page's
 * own style sheets. The hooks leave it out on a 304; this drops the default set above.
 */
function withoutPolicyOnNotModified(response) {
	const writeHead = response.writeHead;
	response.writeHead = function (status, ...rest) {
		if (status === 304) response.removeHeader('content-security-policy');
		return writeHead.call(this, status, ...rest);
	};
}

// A public page a visitor was sent a moment ago (src/lib/server/page-cache.ts, `serveFront`) is sent
// again from here, before SvelteKit routes, runs the hooks and renders: its stored headers are the ones the
// hooks set. The cache publishes itself under this symbol once the runtime has started.
const FRONT_PAGES = Symbol.for('entrepairs.keptPages');
const headerOf = (request) => (name) => {
	const value = request.headers[name];
	return Array.isArray(value) ? value.join(', ') : value;
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

let shuttingDown = false;
const server = createServer((request, response) => {
	const front = globalThis[FRONT_PAGES];
	if (request.method === 'GET') {
		const kept = front?.serve('GET', request.url ?? '/', headerOf(request));
		if (kept) {
			response.writeHead(kept.status, kept.headers.flat());
			response.end(kept.body);
			return;
		}
	} else if (front && !READS.has(request.method ?? '')) {
		// As it arrives, before anything is awaited: until it is answered, no kept page is sent (a sign-out
		// still looking up its session would otherwise let a page kept for that session out meanwhile).
		const endWrite = front.beginWrite();
		response.on('close', endWrite);
	}
	const path = request.url?.split('?', 1)[0] ?? '';
	const asset = IMMUTABLE_ASSET.test(path);
	for (const [name, value] of asset ? immutable : base) response.setHeader(name, value);
	// Their names change with their content and they are cached for a year as immutable: a browser never
	// revalidates them, so the static server's validators (ETag, Last-Modified) are dropped too.
	if (asset) withoutValidators(response);
	else withoutPolicyOnNotModified(response);
	request.on('close', () => {
		// Once stopping, connections close as soon as they are idle, so they take no new request.
		if (shuttingDown) server.closeIdleConnections();
	});
	handler(request, response, () => {
		response.statusCode = 404;
		response.end();
	});
});

server.listen({ port, host }, () => {
	// The address to open, not the interface listened on ("0.0.0.0" is no address for a browser).
	const address = process.env.ORIGIN || `http://localhost:${port}`;
	console.log(`Entrepairs is ready: open ${address} (listening on ${host}:${port}; stop with Ctrl+C).`);
});

/** As adapter-node: stop accepting, let responses end, then `sveltekit:shutdown` closes the runtime. */
function shutdown(reason) {
	if (shuttingDown) return;
	shuttingDown = true;
	server.closeIdleConnections();
	server.close((error) => {
		if (!error) process.emit('sveltekit:shutdown', reason);
	});
	setTimeout(() => server.closeAllConnections(), shutdownSeconds * 1000).unref();
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
