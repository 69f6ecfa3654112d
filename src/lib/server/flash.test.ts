import { describe, expect, it } from 'vitest';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { FLASH_COOKIE, settled, takeFlash } from './flash';

function cookieJar() {
	const jar = new Map<string, { value: string; path?: string }>();
	const cookies = {
		get: (name: string) => jar.get(name)?.value,
		set: (name: string, value: string, options: { path?: string }) =>
			jar.set(name, { value, path: options.path }),
		delete: (name: string) => jar.delete(name)
	} as unknown as Cookies;
	return { jar, cookies };
}

function postTo(url: string, enhanced: boolean) {
	const { jar, cookies } = cookieJar();
	const event = {
		url: new URL(url),
		cookies,
		request: new Request(url, {
			method: 'POST',
			headers: enhanced ? { 'x-sveltekit-action': 'true' } : {}
		})
	} as unknown as RequestEvent;
	return { event, jar, cookies };
}

describe('settled (Post/Redirect/Get)', () => {
	it('returns the outcome to an enhanced form', () => {
		const { event, jar } = postTo('http://localhost/conversations/1?x=1', true);
		expect(settled(event, { sent: true })).toEqual({ sent: true });
		expect(jar.size).toBe(0);
	});

	it('answers a plain form with 303 to a GET of the page, at the anchor, and hands the outcome over once', () => {
		const { event, jar, cookies } = postTo('http://localhost/conversations/1?x=1', false);
		let thrown: unknown;
		try {
			settled(event, { sent: true, seq: 4 }, 'message-4');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toMatchObject({ status: 303, location: '/conversations/1?x=1#message-4' });
		expect(jar.get(FLASH_COOKIE)?.path).toBe('/conversations/1');
		const url = new URL('http://localhost/conversations/1');
		expect(takeFlash(cookies, url)).toEqual({ sent: true, seq: 4 });
		expect(takeFlash(cookies, url)).toBeNull();
	});

	it('goes back to the page without the named action it posted to', () => {
		const { event } = postTo('http://localhost/conversations/1?/send', false);
		expect(() => settled(event, { sent: true }, 'message-2')).toThrow(
			expect.objectContaining({ status: 303, location: '/conversations/1#message-2' })
		);
		const other = postTo('http://localhost/signaler?type=message&id=7&/report', false);
		expect(() => settled(other.event, { reported: true })).toThrow(
			expect.objectContaining({ location: '/signaler?type=message&id=7' })
		);
	});

	it.each([
		['not base64 JSON', 'nonsense%%%'],
		['an array', Buffer.from('[1,2]').toString('base64url')],
		['too long', 'a'.repeat(5_000)]
	])('ignores a flash cookie that is %s', (_, value) => {
		const { cookies } = cookieJar();
		cookies.set(FLASH_COOKIE, value, { path: '/' });
		expect(takeFlash(cookies, new URL('http://localhost/'))).toBeNull();
	});

	it('keeps only plain values from a tampered cookie', () => {
		const { cookies } = cookieJar();
		cookies.set(
			FLASH_COOKIE,
			Buffer.from(JSON.stringify({ ok: true, nested: { a: 1 } })).toString('base64url'),
			{
				path: '/'
			}
		);
		expect(takeFlash(cookies, new URL('http://localhost/'))).toEqual({ ok: true });
	});
});
