export * from './vocabulary';
export { createGroup, CreateGroupSchema, type CreateGroupInput } from './create-group';
export { updateGroup, UpdateGroupSchema, type UpdateGroupInput } from './update-group';
export { joinGroup, JoinGroupSchema, type JoinGroupInput } from './join-group';
export { acceptGroupCharter, AcceptGroupCharterSchema } from './accept-group-charter';
export { inviteToGroup, InviteToGroupSchema } from './invite-to-group';
export { answerGroupInvitation, AnswerGroupInvitationSchema } from './answer-group-invitation';
export { decideGroupRequest, DecideGroupRequestSchema } from './decide-group-request';
export { admitCompanion, AdmitCompanionSchema } from './admit-companion';
export { setGroupRole, SetGroupRoleSchema } from './set-group-role';
export { leaveGroup, LeaveGroupSchema } from './leave-group';
export { removeFromGroup, RemoveFromGroupSchema } from './remove-from-group';
export { endGroupMembership, endGroupMembershipsInOrganisation } from './end-group-membership';
export { listGroups, ListGroupsSchema, type GroupListEntry } from './list-groups';
export { getGroup, GetGroupSchema } from './get-group';
export { listGroupMembers, ListGroupMembersSchema } from './list-group-members';
export { GroupFieldsSchema } from './schemas';
export { canFacilitate, canSeeGroup, canTakePart } from './policy';
// Sessions and registration.
export { scheduleSession } from './schedule-session';
export { getScheduleForm } from './get-schedule-form';
export { extendRecurringSchedules } from './materialise-occurrences';
export { cancelOccurrence } from './cancel-occurrence';
export { changeOccurrence, changeOccurrenceRefusal } from './change-occurrence';
export { endSession } from './end-session';
export { registerForSession } from './register-for-session';
export { cancelRegistration } from './cancel-registration';
export { getOccurrence, type OccurrenceDetails } from './get-occurrence';
export {
	listGroupOccurrences,
	ListGroupOccurrencesSchema,
	type GroupOccurrences
} from './list-group-occurrences';
export { listProgramme, ListProgrammeSchema, type ProgrammeEntry } from './list-programme';
export { REPEATS, DEFAULT_TIME_ZONE, type Repeat } from './recurrence';
export {
	CancelOccurrenceSchema,
	ChangeOccurrenceFields,
	EndSessionSchema,
	ScheduleSessionFields,
	ScheduleSessionSchema,
	type ScheduleSessionInput
} from './session-schemas';
export * from './calendars';
export * from './public-intervision';
// The organisation's activity report (counts, never names).
export { activityReport, ActivityReportSchema, type ActivityReportInput } from './activity-report';
export { activityReportCsv, ACTIVITY_COUNTS, type ActivityCsvLabels } from './activity-report-table';
