import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, compressing costs more than it saves. */
export const SMALLEST_COMPRESSED = 1024;
/** Pages and API answers; never event streams (they must reach the browser as they are written). */
const COMPRESSIBLE = /^(text\/html|application\/json|application\/problem\+json|text\/plain|text\/css)\b/;

/** Fast settings (brotli 4, gzip 6): the CPU spent stays well below what rendering costs. */
const brotliOptions = (body: Buffer) => ({
	params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length }
});
const GZIP_OPTIONS = { level: 6 };

/** `body` compressed with the same settings as `compressResponse`, at once (done once per kept page). */
export const compressSync = (body: Buffer, encoding: 'br' | 'gzip'): Buffer =>
	encoding === 'br' ? brotliCompressSync(body, brotliOptions(body)) : gzipSync(body, GZIP_OPTIONS);

/** The encoding the browser accepts that we prefer (brotli, then gzip), or null. */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	if (!acceptEncoding) return null;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.toLowerCase().split(',')) {
		const [name = '', ...parameters] = part.trim().split(';');
		const quality = parameters.map((parameter) => parameter.trim()).find((p) => p.startsWith('q='));
		accepted.set(name.trim(), quality ? Number(quality.slice(2)) || 0 : 1);
	}
	const wildcard = accepted.get('*') ?? 0;
	if ((accepted.get('br') ?? wildcard) > 0) return 'br';
	if ((accepted.get('gzip') ?? wildcard) > 0) return 'gzip';
	return null;
}

/**
 * Compresses a page or JSON answer with brotli or gzip when the browser accepts it (a conversation page
 * goes from about 50 KB to under 10). Fast settings (brotli 4, gzip 6): the CPU spent stays well below
 * what rendering costs. Compressed in the thread pool, off the event loop.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		request.method === 'HEAD' ||
		!response.body ||
		response.status < 200 ||
		response.status === 204 ||
		response.status === 206 ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type)
	)
		return response;
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (!encoding) return response;
	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	if (body.length < SMALLEST_COMPRESSED) {
		return new Response(body, { status: response.status, statusText: response.statusText, headers });
	}
	const compressed =
		encoding === 'br' ? await brotli(body, brotliOptions(body)) : await gzipAsync(body, GZIP_OPTIONS);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(compressed.length));
	return new Response(compressed, { status: response.status, statusText: response.statusText, headers });
}
