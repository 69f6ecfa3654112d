import { createRequire } from 'node:module';

/**
 * @node-rs/argon2 as the unit and integration tests see it (vitest.config.ts points the package's name
 * here). Hashing with the production parameters (19 MiB, 2 passes: about 30 ms of a core each) was about
 * a seventh of those tests' processor time, spent in the thousands of accounts they create. Here a hash
 * costs the least argon2id allows; verifying reads the parameters from the hash, so it stays real.
 * src/core/accounts/password.test.ts sets ENTREPAIRS_TEST_ARGON2=production and checks that hashPassword
 * asks for the production parameters (the hash says m=19456,t=2,p=1), so they stay covered. The browser
 * journeys run the built server, which never sees this file.
 */
const argon2 = createRequire(import.meta.url)('@node-rs/argon2') as typeof import('@node-rs/argon2');

const TEST_COST = { memoryCost: 64, timeCost: 1, parallelism: 1 };

export function hash(...[password, options, abortSignal]: Parameters<typeof argon2.hash>) {
	const cost = process.env.ENTREPAIRS_TEST_ARGON2 === 'production' ? {} : TEST_COST;
	return argon2.hash(password, { ...options, ...cost }, abortSignal);
}

export const { verify, verifySync, hashRaw, hashSync, hashRawSync, Algorithm, Version } = argon2;
