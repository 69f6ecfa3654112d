import { describe, expect, it } from 'vitest';
import { isDomainError } from '$core/shared';
import { readJson } from './api';
import { readForm } from './forms';
import { jsonDepth, limitRequestBody, MAX_JSON_DEPTH } from './request-body';

/** A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` does. */
function chunkedRequest(contentType: string, chunks: string[]): Request {
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
			controller.close();
		}
	});
	return new Request('http://localhost/x', {
		method: 'POST',
		headers: { 'content-type': contentType },
		body,
		duplex: 'half'
	} as RequestInit);
}

const nested = (levels: number) => `{"a":${'['.repeat(levels)}${']'.repeat(levels)}}`;

describe('jsonDepth', () => {
	it.each([
		['{}', 1],
		['"[[["', 0],
		['{"a":"}]\\"[["}', 1],
		['[{"a":[1,{"b":[]}]}]', 5],
		[nested(5000), 5001]
	])('measures %j as %i levels', (text, depth) => {
		expect(jsonDepth(text.slice(0, 200_000))).toBe(depth);
	});
});

describe('readJson', () => {
	it('refuses JSON nested 5,000 levels deep as invalid, without overflowing the stack', async () => {
		const request = new Request('http://localhost/x', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: nested(5000)
		});
		const error = await readJson(request).catch((caught: unknown) => caught);
		expect(isDomainError(error) && error.code).toBe('INVALID');
		expect(error).toMatchObject({ messageKey: 'error.jsonTooDeep' });
	});

	it(`accepts JSON nested ${MAX_JSON_DEPTH} levels deep`, async () => {
		const request = new Request('http://localhost/x', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: nested(MAX_JSON_DEPTH - 1)
		});
		expect(await readJson(request)).toHaveProperty('a');
	});

	it('answers 413 for a chunked body longer than the limit', async () => {
		const limited = limitRequestBody(
			chunkedRequest('application/json', ['{"body":"', ...Array(90).fill('x'.repeat(10_000)), '"}']),
			65_536
		);
		await expect(readJson(limited.request)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
		expect(limited.exceeded()).toBe(true);
	});
});

describe('limitRequestBody', () => {
	it('lets a chunked form within the limit through whole', async () => {
		const limited = limitRequestBody(
			chunkedRequest('application/x-www-form-urlencoded', ['body=', 'a'.repeat(30_000), 'b'.repeat(30_000)]),
			65_536
		);
		const form = await readForm(limited.request);
		expect(String(form.get('body')).length).toBe(60_000);
		expect(limited.exceeded()).toBe(false);
	});

	it('makes a chunked form past the limit a 413, not a 400', async () => {
		const limited = limitRequestBody(
			chunkedRequest('application/x-www-form-urlencoded', ['body=', ...Array(90).fill('x'.repeat(10_000))]),
			65_536
		);
		await expect(readForm(limited.request)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
		expect(limited.exceeded()).toBe(true);
	});
});
