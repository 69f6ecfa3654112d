import { randomBytes } from 'node:crypto';

/**
 * Verification codes: 20 characters of Crockford's base32 (100 random bits), shown in five groups of
 * four. Guessing one is hopeless, and lookups are throttled per address on top. What people type is
 * forgiven: case, spaces, dashes, and the letters O, I and L read as 0, 1, 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 20;

/** A fresh code, normalised (no dashes). */
export function newVerificationCode(): string {
	const bytes = randomBytes(CODE_LENGTH);
	// 256 is a multiple of 32: each byte modulo 32 is uniform.
	return [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
}

/** The code as stored, from what a person typed; null when it cannot be a code. */
export function normaliseVerificationCode(typed: string): string | null {
	const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (cleaned.length !== CODE_LENGTH) return null;
	for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
	return cleaned;
}

/** XXXX-XXXX-XXXX-XXXX-XXXX, for reading aloud and printing. */
export function formatVerificationCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}
