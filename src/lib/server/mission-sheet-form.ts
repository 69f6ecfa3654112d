/** The mission sheet's fields from a form, for the pathway use cases (their schema validates them). */
export function sheetFieldsFrom(fields: Record<string, string>) {
	return {
		role: fields.role ?? '',
		activities: fields.activities ?? '',
		limits: fields.limits ?? '',
		referent: fields.referent ?? '',
		hours: fields.hours ?? '',
		place: fields.place ?? '',
		startsOn: fields.startsOn ?? '',
		endsOn: fields.endsOn ?? '',
		employment: fields.employment ?? ''
	} as never;
}
