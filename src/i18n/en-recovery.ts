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
	'error.recovery.tooManyRequests': 'Too many requests from this connection. Try again in an hour.',
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
	'recovery.account.password': 'Your current password',
	'recovery.account.renew': 'Create new codes',
	'recovery.email.plain.subject': 'Get back into your Entrepairs account',
	'recovery.email.plain.body':
		'Someone asked to get back into your Entrepairs account. If it was you, open this link to choose a new password. It works once, for {minutes} minutes:\n\n{url}\n\nIf it was not you, ignore this email: nothing changes.\n',
	'recovery.email.discreet.subject': 'Your link',
	'recovery.email.discreet.body':
		'Here is the link you asked for. It works once, for {minutes} minutes:\n\n{url}\n\nIf you did not ask for anything, ignore this message.\n'
};
