import type { frGroups } from './fr-groups';

export const enGroups: Record<keyof typeof frGroups, string> = {
	'validation.group.title': 'Give the group a name.',
	'validation.group.titleTooLong': 'The group’s name is 100 characters at most.',
	'validation.group.participants':
		'Choose people among the organisation’s active members offered in the list.',
	'validation.group.tooMany': 'A group brings together 50 people at most, you included.',
	'error.group.cannotOpen': 'Only the organisation’s coordinators and peer supporters open groups.',
	'error.group.cannotAdd':
		'Only the organisation’s coordinators and peer supporters who are in the group can add members to it.',
	'error.conversation.leaveAccompaniment':
		'An accompaniment’s conversation cannot be left: to stop it, end the accompaniment.',
	'groups.open': 'Open a group conversation',
	'groups.openIn': 'Open a group in {organisation}',
	'groups.new.title': 'New group conversation',
	'groups.new.intro':
		'Bring members of your organisation together in one conversation. Anyone can leave it whenever they wish.',
	'groups.new.chooseOrganisation': 'In which organisation?',
	'groups.new.none':
		'You do not open groups in any organisation: this is for coordinators and peer supporters.',
	'groups.new.titleLabel': 'Group name',
	'groups.new.titleHint': 'Seen by everyone in the group. 100 characters at most.',
	'groups.new.participants': 'People to invite',
	'groups.new.participantsHint':
		'Among the active members of {organisation}. 50 people at most, you included.',
	'groups.new.noMembers': 'No other active member can be added for now.',
	'groups.new.submit': 'Open the group',
	'groups.title': 'Group “{title}”',
	'groups.summary': 'Group “{title}” ({count, plural, one {# person} other {# people}})',
	'groups.in': 'In {organisation}',
	'groups.participants': 'People in the group',
	'groups.blockHint':
		'They will not be told. You will no longer see their messages in groups, and you will not be put in touch again.',
	'groups.add.title': 'Add people',
	'groups.add.legend': 'Members to add',
	'groups.add.hint': 'They will read the messages written from now on, not earlier ones.',
	'groups.add.submit': 'Add to the group',
	'groups.added': 'People added to the group.',
	'conversation.leave': 'Leave the conversation',
	'conversation.leaveGroupHint':
		'You will no longer see this group or receive its messages. Your messages stay visible to the others, signed with your pseudonym.',
	'conversation.leaveDirectHint':
		'The conversation leaves your list and nothing more reaches you. The other person keeps what was written but can no longer reply in it.',
	'conversation.leaveAccompaniment':
		'This conversation belongs to an accompaniment: it cannot be left. To stop it, end the accompaniment from its page.',
	'conversation.otherLeft': 'This conversation is closed: the other person left it.',
	'conversations.left': 'You left the conversation.',
	'manage.retention.title': 'Keeping messages',
	'manage.retention.label': 'Keep the messages of new conversations',
	'manage.retention.hint':
		'Applies to conversations opened from now on in the organisation (groups, direct messages, accompaniments). Participants can still change it for their conversation.',
	'manage.retention.submit': 'Save how long messages are kept',
	'manage.retention.saved': 'Default retention saved.'
};
