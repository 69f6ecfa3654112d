// Data set-up of bench/conversations.js, straight in SQL (thousands of sign-ups and accepted contact
// requests through the API would take longer than the measurement): accounts, API sessions with tokens
// minted here (stored as sha-256 hex, as src/core/accounts/tokens.ts does), open accompaniments and their
// conversations. Requires a database the app already migrated.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';

const DAY_MS = 24 * 60 * 60 * 1000;
const hashToken = (token) => createHash('sha256').update(token).digest('hex');

/**
 * `clients` accounts, each with a bearer token, spread over `conversations` two-person conversations
 * (client i takes part in conversation i % conversations). `label` keeps the pseudonyms of phases apart.
 */
export async function createBenchData(databaseUrl, { clients, conversations, label }) {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		const now = new Date();
		const accounts = Array.from({ length: clients }, (_, index) => ({
			id: randomUUID(),
			pseudonym: `Bench ${label} ${index}`,
			pseudonym_key: `bench-${label}-${index}`.toLowerCase(),
			password_hash: 'not-a-password-hash',
			consent_version: '1',
			consented_at: now
		}));
		const tokens = accounts.map(() => randomBytes(32).toString('base64url'));
		const sessions = accounts.map((account, index) => ({
			token_hash: hashToken(tokens[index]),
			account_id: account.id,
			kind: 'api',
			label: 'bench',
			created_at: now,
			last_seen_at: now,
			expires_at: new Date(now.getTime() + 30 * DAY_MS)
		}));
		const members = (conversation) =>
			accounts.filter((_, index) => index % conversations === conversation).map((account) => account.id);
		const accompaniments = Array.from({ length: conversations }, (_, conversation) => ({
			id: randomUUID(),
			requester_id: members(conversation)[0],
			supporter_id: members(conversation)[1] ?? members(conversation)[0],
			status: 'open'
		}));
		const conversationRows = accompaniments.map((accompaniment) => ({
			id: randomUUID(),
			kind: 'accompaniment',
			accompaniment_id: accompaniment.id
		}));
		const participants = accounts.map((account, index) => ({
			conversation_id: conversationRows[index % conversations].id,
			account_id: account.id
		}));
		await sql.begin(async (transaction) => {
			for (const [table, rows] of [
				['accounts', accounts],
				['sessions', sessions],
				['accompaniments', accompaniments],
				['conversations', conversationRows],
				['conversation_participants', participants]
			]) {
				// Chunks keep each statement under PostgreSQL's 65,535 parameters.
				for (let start = 0; start < rows.length; start += 2000)
					await transaction`insert into ${transaction(table)} ${transaction(rows.slice(start, start + 2000))}`;
			}
		});
		return accounts.map((account, index) => ({
			index,
			accountId: account.id,
			token: tokens[index],
			conversationId: conversationRows[index % conversations].id
		}));
	} finally {
		await sql.end();
	}
}

/** Every stored message of these conversations: what each participant's stream must have delivered. */
export async function storedMessages(databaseUrl, conversationIds) {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		return await sql`
			select id, seq::int as seq, conversation_id as "conversationId" from messages
			where conversation_id = any(${conversationIds}::uuid[]) order by seq`;
	} finally {
		await sql.end();
	}
}
