import { createHash, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { recoveryCodes } from '../../db/schema';
import { RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH } from './recovery-policy';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random code, shown as groups of four characters (see recovery-policy.ts for the choice). */
export function generateRecoveryCode(): string {
	const characters = Array.from({ length: RECOVERY_CODE_LENGTH }, () => ALPHABET[randomInt(32)]);
	return characters.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/** What the person typed, as stored: case, spaces and dashes do not matter; 0 and 1 read as O and I. */
export function normaliseRecoveryCode(typed: string): string {
	return typed
		.toUpperCase()
		.replace(/[\s-]+/g, '')
		.replace(/0/g, 'O')
		.replace(/1/g, 'I');
}

/** Only this is stored: salted by the account, so a code hash fits no other account. */
export function hashRecoveryCode(accountId: string, code: string): string {
	return createHash('sha256')
		.update(`${accountId}:${normaliseRecoveryCode(code)}`)
		.digest('hex');
}

/** Replaces every code of the account with new ones (old ones stop working) and returns them, once. */
export async function replaceRecoveryCodes(
	tx: DatabaseOrTransaction,
	accountId: string,
	now: Date
): Promise<string[]> {
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
	await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
	await tx
		.insert(recoveryCodes)
		.values(
			codes.map((code) => ({ accountId, codeHash: hashRecoveryCode(accountId, code), createdAt: now }))
		);
	return codes;
}
