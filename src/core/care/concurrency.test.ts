import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversationAlerts } from '../../db/schema';
import type { Actor } from '../shared';
import { alertDifficultConversation } from './alert-difficult-conversation';

const db = useTestDatabase();

describe('difficult-conversation alerts under concurrency', () => {
	it('files one alert when the supporter’s button is pressed 30 times at once', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
		const [member, supporter] = members as unknown as [Actor, Actor];
		const { accompanimentId } = await openAccompaniment(db(), member, supporter);
		const presses = await Promise.all(
			Array.from({ length: 30 }, () =>
				alertDifficultConversation(contextFor(db(), supporter), { accompanimentId }).then(
					() => 'ok',
					(error: { code?: string }) => error.code
				)
			)
		);
		expect(presses.filter((result) => result === 'ok')).toHaveLength(1);
		expect(presses.filter((result) => result === 'CONFLICT')).toHaveLength(29);
		const stored = await db()
			.select({ id: conversationAlerts.id })
			.from(conversationAlerts)
			.where(eq(conversationAlerts.accompanimentId, accompanimentId));
		expect(stored).toHaveLength(1);
	});
});
