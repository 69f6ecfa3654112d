import { DomainError } from '$core/shared';

/** What a request body stream fails with once it has carried more bytes than allowed. */
export class BodyTooLargeError extends Error {
	constructor(readonly maxBytes: number) {
		super(`The request body is larger than ${maxBytes} bytes`);
		this.name = 'BodyTooLargeError';
	}
}

export interface LimitedRequest {
	request: Request;
	/** True once a reader went past the limit: the answer must then be 413, whatever the route did. */
	exceeded(): boolean;
}

/**
 * The request with a body that counts the bytes actually read and fails past `maxBytes`. Content-Length
 * alone is not enough: a chunked body (`Transfer-Encoding: chunked`) announces no length at all.
 */
export function limitRequestBody(request: Request, maxBytes: number): LimitedRequest {
	if (!request.body) return { request, exceeded: () => false };
	let read = 0;
	let exceeded = false;
	const reader = request.body.getReader();
	const counted = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const { done, value } = await reader.read();
			if (done) return controller.close();
			read += value.byteLength;
			if (read > maxBytes) {
				exceeded = true;
				// Released, not cancelled: cancelling the server's stream destroys the socket, and the person
				// would get a reset connection instead of the 413 answer. The rest is left unread.
				reader.releaseLock();
				controller.error(new BodyTooLargeError(maxBytes));
				return;
			}
			controller.enqueue(value);
		},
		cancel: (reason) => reader.cancel(reason)
	});
	// `duplex` is required by Node's fetch for a streamed body; the DOM types do not know it yet.
	const init = { body: counted, duplex: 'half' } as RequestInit;
	return { request: new Request(request, init), exceeded: () => exceeded };
}

/** The domain error for a body that could not be read: 413 when it was too long, else `otherwise`. */
export function bodyReadError(error: unknown, otherwise: DomainError): DomainError {
	return error instanceof BodyTooLargeError ? new DomainError('PAYLOAD_TOO_LARGE') : otherwise;
}

/** JSON nested deeper than this is refused: no API body needs more, and deep nesting exhausts the stack. */
export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of arrays and objects in a JSON text, counted in one pass without recursion (so a
 * hostile body of 5,000 levels is measured, not followed). Brackets inside strings do not count.
 */
export function jsonDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const character = text.charCodeAt(index);
		if (inString) {
			if (character === 0x5c /* \ */) index++;
			else if (character === 0x22 /* " */) inString = false;
		} else if (character === 0x22) inString = true;
		else if (character === 0x5b /* [ */ || character === 0x7b /* { */) {
			depth++;
			if (depth > deepest) deepest = depth;
		} else if (character === 0x5d /* ] */ || character === 0x7d /* } */) depth--;
	}
	return deepest;
}
