import { requireActor, type Ctx } from '../shared';
import { PERSONAL_DATA_CONTRIBUTORS } from './contributors';

export const EXPORT_FORMAT_VERSION = 1;

/** Everything stored about the signed-in person, as one machine-readable document (RGPD art. 15 and 20). */
export async function exportPersonalData(ctx: Ctx) {
	const actor = requireActor(ctx);
	return ctx.db.transaction(async (tx) => {
		const sections: Record<string, unknown> = {};
		for (const contributor of PERSONAL_DATA_CONTRIBUTORS) {
			sections[contributor.module] = await contributor.exportFor(tx, actor.accountId);
		}
		return {
			format: 'entrepairs-export',
			version: EXPORT_FORMAT_VERSION,
			exportedAt: ctx.clock.now().toISOString(),
			...sections
		};
	});
}
