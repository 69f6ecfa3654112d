import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or link: 256 bits, URL-safe. */
export function generateToken(): string {
	return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so reading the database does not yield usable secrets. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
