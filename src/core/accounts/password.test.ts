import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

// The other tests hash with argon2's least cost (tests/support/argon2-for-tests.ts); this one asks for what
// production uses, and checks that hashPassword chooses OWASP's argon2id baseline.
describe('hashPassword with the production parameters', () => {
	beforeAll(() => {
		process.env.ENTREPAIRS_TEST_ARGON2 = 'production';
	});
	afterAll(() => {
		delete process.env.ENTREPAIRS_TEST_ARGON2;
	});

	it('hashes with argon2id, 19 MiB, 2 passes, 1 lane, a fresh salt each time, and verifies', async () => {
		const first = await hashPassword('une phrase de passe solide');
		const second = await hashPassword('une phrase de passe solide');
		expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(second).not.toBe(first);
		expect(await verifyPassword(first, 'une phrase de passe solide')).toBe(true);
		expect(await verifyPassword(first, 'une autre phrase de passe')).toBe(false);
		// Without a stored hash (an unknown pseudonym) the answer is no, after the same work.
		expect(await verifyPassword(undefined, 'une phrase de passe solide')).toBe(false);
	});
});
