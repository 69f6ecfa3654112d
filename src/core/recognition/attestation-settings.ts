import { z } from 'zod';
import { recognitionSettings } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { attestationName } from './schemas';

export const SetAttestationNameSchema = z.object({ attestationName: attestationName.optional().default('') });

/**
 * The name attestations will carry (a legal name for an employer, say); empty goes back to the pseudonym.
 * Attestations already issued keep the name they were issued with.
 */
export async function setAttestationName(ctx: Ctx, input: z.input<typeof SetAttestationNameSchema>) {
	const actor = requireActor(ctx);
	const { attestationName: name } = parseInput(SetAttestationNameSchema, input);
	await ctx.db
		.insert(recognitionSettings)
		.values({ accountId: actor.accountId, attestationName: name })
		.onConflictDoUpdate({ target: recognitionSettings.accountId, set: { attestationName: name } });
	return { attestationName: name };
}
