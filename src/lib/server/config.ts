import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'])
	.transform((value) => value === 'true' || value === '1' || value === 'yes');

const ConfigSchema = z
	.object({
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
		TRUST_PROXY: booleanFlag.optional().default(false),
		/** How long a public page rendered for visitors may be served again (ms; 0: never). */
		PUBLIC_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).optional().default(2_000),
		/** How long a page rendered for a signed-in session may be sent again to that session (ms; 0: never). */
		SIGNED_IN_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).optional().default(2_000),
		/** Outgoing mail for notification emails, e.g. smtp://user:pass@host:587 (smtps:// for TLS from the start). */
		SMTP_URL: z
			.url({ protocol: /^smtps?$/, error: 'must look like smtp://user:password@host:587' })
			.optional()
			.or(z.literal('').transform(() => undefined)),
		MAIL_FROM: z
			.string()
			.regex(
				/^[^\s@<>]+@[^\s@<>]+$|^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/,
				'must be an address, e.g. Entrepairs <no-reply@example.org>'
			)
			.optional()
			.or(z.literal('').transform(() => undefined)),
		/** The public address (also read by the Node adapter); links in emails start with it. */
		ORIGIN: z
			.url({ protocol: /^https?$/ })
			.optional()
			.or(z.literal('').transform(() => undefined))
	})
	.superRefine((config, context) => {
		if (!config.SMTP_URL) return;
		for (const name of ['MAIL_FROM', 'ORIGIN'] as const)
			if (!config[name])
				context.addIssue({ code: 'custom', path: [name], message: 'is required when SMTP_URL is set' });
	});

export type Config = z.infer<typeof ConfigSchema> & {
	seedDemo: boolean;
	/** Set when the instance can send email (SMTP_URL, MAIL_FROM and ORIGIN); otherwise no email is offered. */
	mail: { smtpUrl: string; from: string; siteUrl: string } | null;
};

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
		seedDemo,
		mail:
			config.SMTP_URL && config.MAIL_FROM && config.ORIGIN
				? { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, siteUrl: config.ORIGIN }
				: null
	};
}
