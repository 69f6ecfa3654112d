import { NOTIFICATION_KINDS, NOTIFICATIONS_PER_PAGE } from '$core/notifications';
import { errors, jsonBody, nullable, ok, ref } from './openapi-parts';

/**
 * The notification centre in the OpenAPI document: what waits for me, named (organisation, the other
 * person's pseudonym where I may know it, a decision's outcome) with where to act, never the content of a
 * message or an experience. Only my own notifications: another person's is 404.
 */
const dateTime = { type: 'string', format: 'date-time' };

export const notificationPaths = {
	'/notifications': {
		get: {
			summary: `My notifications, newest first, ${NOTIFICATIONS_PER_PAGE} a page, and what waits for me`,
			parameters: [
				{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1 } }
			],
			responses: { '200': ok('Notifications', ref('NotificationPage')), ...errors(400, 401) }
		}
	},
	'/notifications/read': {
		post: {
			summary: 'Mark one of my notifications as read, or all of them',
			requestBody: jsonBody({
				oneOf: [
					{
						type: 'object',
						required: ['notificationId'],
						properties: { notificationId: { type: 'string', format: 'uuid' } }
					},
					{ type: 'object', required: ['all'], properties: { all: { const: true } } }
				]
			}),
			responses: {
				'200': ok('How many changed', {
					type: 'object',
					properties: { marked: { type: 'integer' } }
				}),
				...errors(400, 401, 404)
			}
		}
	},
	'/notifications/events': {
		get: {
			summary:
				'Server-Sent Events: `waiting` whenever what waits for me may have changed (no data: re-read GET /notifications)',
			responses: {
				'200': {
					description: 'An event stream',
					content: { 'text/event-stream': { schema: { type: 'string' } } }
				},
				...errors(401)
			}
		}
	}
};

export const notificationSchemas = {
	Notification: {
		type: 'object',
		properties: {
			id: { type: 'string', format: 'uuid' },
			kind: { enum: [...NOTIFICATION_KINDS] },
			createdAt: dateTime,
			read: { type: 'boolean' },
			gone: { type: 'boolean', description: 'What it was about no longer exists' },
			organisation: nullable({
				type: 'object',
				properties: { name: { type: 'string' }, slug: { type: 'string' } }
			}),
			pseudonym: nullable({ type: 'string' }),
			outcome: nullable({ type: 'string', description: 'A decision’s action, or an appeal’s outcome' }),
			href: nullable({ type: 'string', description: 'The page where to act' })
		}
	},
	NotificationPage: {
		type: 'object',
		properties: {
			notifications: { type: 'array', items: ref('Notification') },
			page: { type: 'integer' },
			hasMore: { type: 'boolean' },
			waiting: {
				type: 'object',
				properties: {
					notifications: { type: 'integer', description: 'Unread notifications' },
					pendingJoins: nullable({ type: 'integer' }),
					contactRequests: nullable({ type: 'integer' })
				}
			}
		}
	}
};
