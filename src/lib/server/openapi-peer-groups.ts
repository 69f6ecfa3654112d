import { z } from 'zod';
import {
	AcceptGroupCharterSchema,
	AdmitCompanionSchema,
	AnswerGroupInvitationSchema,
	CreateGroupSchema,
	DecideGroupRequestSchema,
	InviteToGroupSchema,
	JoinGroupSchema,
	RemoveFromGroupSchema,
	SetGroupRoleSchema,
	UpdateGroupSchema
} from '$core/gatherings';
import { AcceptOrganisationCharterSchema } from '$core/organisations';
import { errors, fromZod, jsonBody, ok, ref, uuidParameter } from './openapi-parts';

/**
 * Groups in the OpenAPI document, request bodies generated from the zod schemas the use cases validate
 * with (path parameters left out of them). A group the actor may not know exists is 404.
 */
const slugParameter = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const groupId = uuidParameter('groupId');
const withAction = <T extends z.ZodObject>(action: string, schema: T) =>
	schema.extend({ action: z.literal(action) });

const membershipBody = z.discriminatedUnion('action', [
	withAction('join', JoinGroupSchema.omit({ groupId: true })),
	withAction('accept-charter', AcceptGroupCharterSchema.omit({ groupId: true })),
	withAction('answer-invitation', AnswerGroupInvitationSchema.omit({ groupId: true }))
]);
const membersBody = z.discriminatedUnion('action', [
	withAction('decide', DecideGroupRequestSchema.omit({ groupId: true })),
	withAction('invite', InviteToGroupSchema.omit({ groupId: true })),
	withAction('companion', AdmitCompanionSchema.omit({ groupId: true })),
	withAction('role', SetGroupRoleSchema.omit({ groupId: true })),
	withAction('remove', RemoveFromGroupSchema.omit({ groupId: true }))
]);

export const peerGroupPaths = {
	'/organisations/{slug}/groups': {
		get: {
			parameters: [slugParameter],
			summary: 'The organisation’s groups the actor may know exist, with their place in each',
			responses: { '200': ok('Groups', ref('GroupList')), ...errors(401, 404) }
		},
		post: {
			parameters: [slugParameter],
			summary: 'Create a group (coordinators), with its own conversation',
			requestBody: jsonBody(fromZod(CreateGroupSchema.omit({ slug: true }))),
			responses: {
				'201': ok('Created', {
					type: 'object',
					properties: { groupId: { type: 'string' }, conversationId: { type: 'string' } }
				}),
				...errors(400, 401, 403, 404)
			}
		}
	},
	'/organisations/{slug}/charter-acceptance': {
		post: {
			parameters: [slugParameter],
			summary: 'Accept the organisation’s current charter (needed to write again after a change)',
			requestBody: jsonBody(fromZod(AcceptOrganisationCharterSchema.omit({ slug: true }))),
			responses: { '200': ok('Accepted', { type: 'object' }), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/groups/{groupId}': {
		get: {
			parameters: [groupId],
			summary: 'A group: purpose, charter, my place, member count (members) or names (facilitators)',
			responses: { '200': ok('Group', ref('Group')), ...errors(401, 404) }
		},
		patch: {
			parameters: [groupId],
			summary: 'Change a group (facilitators, coordinators); a new charter gets a new version',
			requestBody: jsonBody(fromZod(UpdateGroupSchema.omit({ groupId: true }))),
			responses: { '200': ok('Changed', { type: 'object' }), ...errors(400, 401, 403, 404) }
		}
	},
	'/groups/{groupId}/membership': {
		post: {
			parameters: [groupId],
			summary: 'Join or ask to join, accept a new charter, or answer an invitation',
			requestBody: jsonBody(fromZod(membershipBody)),
			responses: { '200': ok('My place', { type: 'object' }), ...errors(400, 401, 403, 404, 409) }
		},
		delete: {
			parameters: [groupId],
			summary: 'Leave the group (or withdraw a request, or decline an invitation)',
			responses: { '200': ok('Left', { type: 'object' }), ...errors(401, 404, 409) }
		}
	},
	'/groups/{groupId}/members': {
		get: {
			parameters: [groupId],
			summary: 'Everyone with a place, and whom the facilitator may invite or admit (facilitators)',
			responses: { '200': ok('Members', { type: 'object' }), ...errors(401, 403, 404) }
		},
		post: {
			parameters: [groupId],
			summary:
				'A facilitator’s decision: approve or refuse a request, invite, admit a companion, set a role, remove',
			requestBody: jsonBody(fromZod(membersBody)),
			responses: { '200': ok('Done', { type: 'object' }), ...errors(400, 401, 403, 404, 409) }
		}
	}
};

const groupEntry = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		kind: { type: 'string' },
		title: { type: 'string' },
		purpose: { type: 'string' },
		audience: { type: 'string' },
		joinPolicy: { type: 'string' },
		publicProgramme: { type: 'boolean' },
		myStatus: { type: ['string', 'null'] },
		myRole: { type: ['string', 'null'] },
		charterCurrent: { type: 'boolean' }
	}
};

export const peerGroupSchemas = {
	GroupList: {
		type: 'object',
		properties: {
			organisation: { type: 'object' },
			canCreate: { type: 'boolean' },
			groups: { type: 'array', items: groupEntry }
		}
	},
	Group: {
		type: 'object',
		properties: {
			group: { type: 'object' },
			organisation: { type: 'object' },
			me: { type: ['object', 'null'] },
			can: { type: 'object' },
			memberCount: { type: ['integer', 'null'] },
			members: { type: ['array', 'null'], items: { type: 'object' } }
		}
	}
};
