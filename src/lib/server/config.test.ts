import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
	it('defaults to the embedded database with demo content in development', () => {
		const config = loadConfig({});
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.DATA_DIR).toMatch(/data$/);
		expect(config.seedDemo).toBe(true);
	});

	it('never seeds demo content in production unless asked', () => {
		expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
		expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
	});

	it('does not seed demo content on PostgreSQL by default', () => {
		expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x' }).seedDemo).toBe(false);
	});

	it('names the variable that is wrong', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
		expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
	});

	it('offers email only with SMTP_URL, MAIL_FROM and ORIGIN together', () => {
		expect(loadConfig({}).mail).toBeNull();
		const mail = {
			SMTP_URL: 'smtp://user:pass@mail.example.org:587',
			MAIL_FROM: 'Entrepairs <no-reply@example.org>',
			ORIGIN: 'https://entraide.example.org'
		};
		expect(loadConfig(mail).mail).toEqual({
			smtpUrl: mail.SMTP_URL,
			from: mail.MAIL_FROM,
			siteUrl: mail.ORIGIN
		});
		expect(() => loadConfig({ ...mail, MAIL_FROM: '' })).toThrow(/MAIL_FROM/);
		expect(() => loadConfig({ ...mail, SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
		expect(() => loadConfig({ ...mail, MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
	});
});
