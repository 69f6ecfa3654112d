import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse } from './compression';

const page = `<!doctype html><html><body>${'<p>Bonjour, comment se passe ta semaine ?</p>'.repeat(400)}</body></html>`;
const request = (acceptEncoding?: string, method = 'GET') =>
	new Request('http://localhost/conversations/x', {
		method,
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});
const html = (body = page, type = 'text/html; charset=utf-8') => {
	const headers = new Headers({ 'content-type': type });
	headers.append('set-cookie', 'a=1; Path=/');
	headers.append('set-cookie', 'b=2; Path=/');
	return new Response(body, { status: 200, headers });
};

describe('response compression', () => {
	it('sends a page with brotli or gzip as the browser accepts, with the same content and cookies', async () => {
		const br = await compressResponse(request('gzip, deflate, br'), html());
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
		expect(br.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
		expect(brBytes.length).toBeLessThan(Buffer.byteLength(page) / 10);
		expect(brotliDecompressSync(brBytes).toString()).toBe(page);

		const gzip = await compressResponse(request('gzip'), html());
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(page);
		const json = await compressResponse(request('br;q=0, gzip'), html(page, 'application/json'));
		expect(json.headers.get('content-encoding')).toBe('gzip');
	});

	it('leaves alone what must not or need not be compressed', async () => {
		expect((await compressResponse(request(), html())).headers.get('content-encoding')).toBeNull();
		expect((await compressResponse(request('identity'), html())).headers.get('content-encoding')).toBeNull();
		const stream = await compressResponse(request('br'), html(page, 'text/event-stream'));
		expect(stream.headers.get('content-encoding')).toBeNull();
		const small = await compressResponse(request('br'), html('<p>ok</p>'));
		expect(small.headers.get('content-encoding')).toBeNull();
		expect(await small.text()).toBe('<p>ok</p>');
		expect(
			(await compressResponse(request('br', 'HEAD'), html())).headers.get('content-encoding')
		).toBeNull();
	});

	it.each([
		['gzip, deflate, br, zstd', 'br'],
		['gzip', 'gzip'],
		['br;q=0, gzip;q=0.5', 'gzip'],
		['*', 'br'],
		['identity', null],
		['gzip;q=0', null],
		[null, null]
	])('reads Accept-Encoding %j as %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});
