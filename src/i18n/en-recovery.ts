import type { frRecovery } from './fr-recovery';

/** English catalogue part: account recovery. Same keys as fr-recovery.ts. */
export const enRecovery: Record<keyof typeof frRecovery, string> = {
	'recovery.forgotLink': 'Forgot your password?',
	'recovery.forgot.title': 'Get back into your account',
	'recovery.forgot.intro':
		'Two ways to choose a new password: a link sent to your email address, if you gave one, or one of your recovery codes.',
	'recovery.forgot.emailHeading': 'Get a link by email',
	'recovery.forgot.identifier': 'Your pseudonym or your email address',
	'recovery.forgot.submit': 'Send the link',
	'recovery.forgot.sent':
		'If an account matches and has an email address, we have just sent it a link. It works once, for {minutes} minutes. Also look in your spam folder.',
	'recovery.forgot.noMail':
		'This platform does not send emails. To get back into your account, use a recovery code.',
	'recovery.forgot.codeHeading': 'Use a recovery code',
	'recovery.forgot.codeIntro': 'You received 8 codes when you created your account.',
	'recovery.forgot.codeLink': 'I have a recovery code',
	'recovery.forgot.nothing':
		'Without an email or a code, nobody can check that the account is yours, not even the team. You can create a new account.',
	'recovery.code.title': 'I have a recovery code',
	'recovery.code.intro':
		'Each code works once. Then you will be signed in with your new password, and all your other sessions will be closed.',
	'recovery.code.pseudonym': 'Your pseudonym',
	'recovery.code.code': 'One of your recovery codes',
	'recovery.code.codeHint': 'For example ABCD-EFGH-JKMN. Capitals, small letters and dashes count the same.',
	'recovery.code.submit': 'Change the password and sign me in',
	'recovery.newPassword': 'New password',
	'recovery.suspendedDone':
		'Your password is changed. Your account is suspended: sign in to see until when and why.',
	'recovery.link.title': 'Choose a new password',
	'recovery.link.for': 'For the account “{pseudonym}”. All its open sessions will be closed.',
	'recovery.link.submit': 'Save and sign me in',
	'recovery.link.askAgain': 'Ask for a new link',
	'error.recovery.linkInvalid':
		'This link no longer works: it was already used or it has expired. You can ask for a new one.',
	'error.recovery.codeFailed':
		'This pseudonym and this code do not go together, or the code was already used.',
	'error.recovery.tooManyRequests': 'Too many requests from this connection. Try again in {seconds, plural, one {# second} other {# seconds}}.',
	'validation.recovery.code': 'A code has 12 letters or digits, for example ABCD-EFGH-JKMN.',
	'recovery.codes.title': 'Your recovery codes',
	'recovery.codes.intro':
		'If you forget your password, one of these codes lets you choose a new one. Each code works once.',
	'recovery.codes.once':
		'They will never be shown again. Write them down or print them, and keep them somewhere only you can see.',
	'recovery.codes.listLabel': 'The 8 codes',
	'recovery.codes.printHint': 'To print them: your browser’s menu, then “Print”.',
	'recovery.codes.noted': 'I have noted my codes',
	'recovery.codes.gone':
		'These codes were already shown. If you did not note them, create new ones from your account.',
	'recovery.codes.goToAccount': 'Create new codes in my account',
	'recovery.account.heading': 'Recovery codes',
	'recovery.account.status': 'Codes still usable: {count} of 8.',
	'recovery.account.none':
		'You have no recovery code left. Without a code or an email, a forgotten password cannot be replaced.',
	'recovery.account.renewIntro':
		'Create 8 new codes: the old ones will stop working. Type your password to confirm.',
	'recovery.account.password': 'Your password, to confirm',
	'recovery.account.renew': 'Create new codes',
	'recovery.email.plain.subject': 'Get back into your Entrepairs account',
	'recovery.email.plain.body':
		'Someone asked to get back into your Entrepairs account. If it was you, open this link to choose a new password. It works once, for {minutes} minutes:\n\n{url}\n\nIf it was not you, ignore this email: nothing changes.\n',
	'recovery.email.discreet.subject': 'Your link',
	'recovery.email.discreet.body':
		'Here is the link you asked for. It works once, for {minutes} minutes:\n\n{url}\n\nIf you did not ask for anything, ignore this message.\n',
	'validation.request.openDays': 'Choose 7, 30 or 90 days.',
	'help.form.openDays': 'How long your request stays open',
	'help.form.openDaysHint':
		'Then it closes by itself, and what you wrote in it is erased. You can make a new one.',
	'help.form.openDays.option': '{days} days',
	'privacy.stored.helpRequests':
		'Your help requests (experiences, hopes, ways of talking, area). Each stays open {choices} days, as you choose; then it closes and what you wrote in it (hopes, area) is erased. The rest stays in your history until you erase your account.',
	'privacy.stored.contacts':
		'Your contact requests and accompaniments (with whom, when, their state, the decline message chosen), and the people you block. Until you or the other person erase your account; a block, until you lift it.',
	'privacy.stored.conversations':
		'Your conversations and messages, with the earlier versions of an edited message, and where you stopped reading. Kept as long as each conversation’s chosen duration (no limit, 24 hours, 7 days or 30 days). If you erase your account, the messages you wrote stay for the people you wrote them to, signed “deleted member”.',
	'privacy.stored.presence':
		'If you choose to show when you are online: until when you count as present in a conversation (a few minutes, replaced at each visit).',
	'privacy.stored.reports':
		'The reports you make or that concern you, the moderation team’s notes, and a copy of the reported content, visible only to the people reviewing the report. The copy is erased as soon as the report is decided; the report and its notes {months} months after the decision.',
	'privacy.stored.decisions':
		'The moderation decisions that concern you, with their reasons, and your appeals. Until you erase your account; you see them in “My account”.',
	'privacy.stored.accessLog':
		'Each time the moderation team opened your private content (who, what, when, why), which you see in “My account”. Kept {months} months.',
	'privacy.stored.alerts':
		'If you are a peer supporter: the “difficult conversation” alerts sent to coordinators (with no message content). Until you erase your account.',
	'privacy.stored.counters':
		'Counters against abuse (sign-in attempts, messages sent, reports, recovery requests), tied to your connection’s IP address, your pseudonym or your account. Deleted as soon as they are back to zero, at most an hour after the last attempt.',
	'privacy.stored.recovery':
		'To get back into your account: a fingerprint of your recovery codes (never the codes themselves), until you create new ones; if you ask for a link by email, a fingerprint of the link, deleted as soon as it is used or after {minutes} minutes.',
	'signUp.emailHintNoMail':
		'This platform does not send emails for now: to get back into your account, keep the recovery codes shown after you sign up.'
};
