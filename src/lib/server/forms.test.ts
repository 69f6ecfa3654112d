import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './forms';

const ORIGIN = 'https://entrepairs.example';

describe('safeRedirectTarget', () => {
	it.each([
		['/compte', '/compte'],
		[
			'/organisations/gem-les-traboules?onglet=membres#liste',
			'/organisations/gem-les-traboules?onglet=membres#liste'
		],
		['/trouver-un-pair?q=hello%20world', '/trouver-un-pair?q=hello%20world'],
		['/a/../compte', '/compte'],
		['/organisations/café', '/organisations/caf%C3%A9']
	])('keeps the local path %j (as %j)', (value, expected) => {
		expect(safeRedirectTarget(value, ORIGIN)).toBe(expected);
	});

	it.each([
		// Leaving the site outright.
		'//evil.example',
		'//evil.example/path',
		'/\\evil.example',
		'\\\\evil.example',
		'https://evil.example/',
		'http:evil.example',
		'javascript:alert(1)',
		'evil.example',
		'compte',
		// Characters browsers drop or fold: `/\t/evil.example/` becomes `//evil.example/`.
		'/\t/evil.example/',
		'/\n/evil.example/',
		'/\r\n/evil.example/',
		'/ /evil.example/',
		'/a\nb',
		'/\u200b',
		'/\u200b/evil.example',
		'/\u202eevil',
		'/\ufeff/evil.example',
		'/\u3164',
		'/\u00a0/evil.example',
		'/\u0000',
		'/a\\b',
		// The same, percent-encoded once or twice.
		'/%09/evil.example/',
		'/%0A/evil.example/',
		'/%0d%0a/evil.example/',
		'/%2509/evil.example/',
		'/%2F/evil.example',
		'/%2f%2fevil.example',
		'/%5C/evil.example',
		'/%5c%5cevil.example',
		'/%E2%80%8B',
		'/%E2%80%AE',
		'/%25E2%2580%258B',
		// Normalised into a scheme-relative address.
		'/a/..//evil.example',
		'/./\u0009/evil.example',
		// Empty, missing or absurdly long.
		'',
		null,
		undefined,
		`/${'a'.repeat(3000)}`
	])('falls back for %j', (value) => {
		expect(safeRedirectTarget(value, ORIGIN)).toBe('/');
		expect(safeRedirectTarget(value, ORIGIN, '/compte')).toBe('/compte');
	});

	it('returns only what a Location header can carry', () => {
		for (const value of ['/%E2%80%8B', '/a%0Ab', '/é', '/x?y=\u00e9', '/\u2028']) {
			const target = safeRedirectTarget(value, ORIGIN);
			expect(() => new Headers({ location: target })).not.toThrow();
			expect(target).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
		}
	});
});
