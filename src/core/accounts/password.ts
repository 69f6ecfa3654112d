import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 10;
// Argon2 work grows with input; a cap stops a megabyte "password" from being a denial of service.
export const PASSWORD_MAX_LENGTH = 200;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. Argon2id is the library's default algorithm
// (its enum is a const enum, which this build cannot import); a test checks the hash says $argon2id$.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies a password. Without a stored hash it still verifies against a decoy, so an unknown
 * pseudonym takes as long as a wrong password and timing does not tell which.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
	decoyHash ??= hashPassword('decoy password that never matches');
	const target = storedHash ?? (await decoyHash);
	const matches = await verify(target, password).catch(() => false);
	return storedHash !== undefined && matches;
}
