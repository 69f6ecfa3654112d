export * from './vocabulary';
export { canFacilitate, canSeeGroup, canTakePart } from './policy';
// Sessions and registration.
export { scheduleSession } from './schedule-session';
export { getScheduleForm } from './get-schedule-form';
export { extendRecurringSchedules } from './materialise-occurrences';
export { cancelOccurrence } from './cancel-occurrence';
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
	EndSessionSchema,
	ScheduleSessionFields,
	ScheduleSessionSchema,
	type ScheduleSessionInput
} from './session-schemas';
