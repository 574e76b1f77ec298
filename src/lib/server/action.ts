import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { ServiceFailure, type FailureCode } from './services/failure.ts';

const MESSAGES: Record<FailureCode, (failure: ServiceFailure) => string> = {
	board_not_found: () => m.board_not_found(),
	team_not_found: () => m.team_not_found(),
	access_denied: () => m.access_denied(),
	invalid_input: () => m.error_generic(),
	board_title_invalid: () => m.board_title_invalid(),
	board_file_invalid: () => m.board_file_invalid(),
	board_file_newer: () => m.board_file_newer(),
	team_name_invalid: () => m.team_name_invalid(),
	team_last_owner: () => m.team_last_owner(),
	invite_invalid: () => m.invite_invalid(),
	link_invalid: () => m.link_invalid(),
	guest_name_invalid: () => m.guest_name_invalid(),
	login_invalid: () => m.login_invalid(),
	login_throttled: (failure) => m.login_throttled({ seconds: failure.retryAfterSeconds ?? 1 }),
	name_invalid: () => m.error_name_invalid(),
	email_invalid: () => m.error_email_invalid(),
	email_taken: () => m.error_email_taken(),
	password_short: () => m.error_password_short(),
	password_long: () => m.error_password_long(),
	password_guessable: () => m.error_password_guessable(),
	password_wrong: () => m.error_password_wrong()
};

/** The failure's message in the UI language. */
export function failureMessage(failure: ServiceFailure): string {
	return MESSAGES[failure.code](failure);
}

/**
 * Runs a form action's service call. An expected failure answers with its status and translated
 * message, named after the `action` (the page shows it beside that form), plus `keep` (what the
 * form should show again); anything else, a redirect included, passes through.
 */
export async function act<T, Keep extends Record<string, string> = Record<never, string>>(
	action: string,
	run: () => Promise<T>,
	keep?: Keep
) {
	try {
		return await run();
	} catch (caught) {
		if (!(caught instanceof ServiceFailure)) throw caught;
		return fail(caught.status, { action, ...(keep as Keep), message: failureMessage(caught) });
	}
}

/** For load functions: an expected failure shows the error page with its status and message. */
export async function orErrorPage<T>(run: Promise<T>): Promise<T> {
	try {
		return await run;
	} catch (caught) {
		if (caught instanceof ServiceFailure) error(caught.status, failureMessage(caught));
		throw caught;
	}
}
