import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canFacilitate } from './policy';
import { loadGroupForActor } from './queries';
import { ListGroupOccurrencesSchema } from './list-group-occurrences';

/** What the schedule form shows: the group's title, for its facilitators and coordinators only. */
export async function getScheduleForm(ctx: Ctx, input: { groupId: string }) {
	const actor = requireActor(ctx);
	const { groupId } = parseInput(ListGroupOccurrencesSchema.pick({ groupId: true }), input);
	const { group, organisation, viewer } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(canFacilitate(viewer), 'error.session.notFacilitator');
	return { group: { id: group.id, title: group.title }, organisation };
}
