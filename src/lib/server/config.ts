import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'])
	.transform((value) => value === 'true' || value === '1' || value === 'yes');

const ConfigSchema = z.object({
	NODE_ENV: z.string().optional().default('development'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	DATA_DIR: z.string().min(1).optional().default('./data'),
	MIGRATIONS_DIR: z.string().min(1).optional().default('./migrations'),
	SEED_DEMO: booleanFlag.optional(),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).optional().default('info'),
	QUICK_EXIT_URL: z
		.url({ protocol: /^https?$/ })
		.optional()
		.default('https://meteofrance.com/'),
	MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).optional().default(65_536),
	TRUST_PROXY: booleanFlag.optional().default(false)
});

export type Config = z.infer<typeof ConfigSchema> & { seedDemo: boolean };

/** Reads and validates the environment once; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const result = ConfigSchema.safeParse(env);
	if (!result.success) {
		const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
	}
	const config = result.data;
	// Demo content only on the embedded database outside production, unless explicitly asked for.
	const seedDemo = config.SEED_DEMO ?? (!config.DATABASE_URL && config.NODE_ENV !== 'production');
	return {
		...config,
		DATA_DIR: resolve(config.DATA_DIR),
		MIGRATIONS_DIR: resolve(config.MIGRATIONS_DIR),
		seedDemo
	};
}
