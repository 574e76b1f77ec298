/**
 * Why a service refused a request that the caller could have expected to fail: each code has a
 * translated message (`failureMessage`) and an HTTP status, the same in every route.
 */
export const FAILURES = {
	board_not_found: 404,
	team_not_found: 404,
	access_denied: 403,
	invalid_input: 400,
	board_title_invalid: 400,
	board_file_invalid: 400,
	board_file_newer: 400,
	team_name_invalid: 400,
	team_last_owner: 400,
	invite_invalid: 404,
	link_invalid: 404,
	guest_name_invalid: 400,
	login_invalid: 400,
	login_throttled: 429,
	name_invalid: 400,
	email_invalid: 400,
	email_taken: 400,
	password_short: 400,
	password_long: 400,
	password_guessable: 400,
	password_wrong: 400
} as const;

export type FailureCode = keyof typeof FAILURES;

export class ServiceFailure extends Error {
	readonly code: FailureCode;
	/** Seconds to wait before trying again, for `login_throttled`. */
	readonly retryAfterSeconds: number | undefined;

	constructor(code: FailureCode, options: { retryAfterSeconds?: number } = {}) {
		super(code);
		this.code = code;
		this.retryAfterSeconds = options.retryAfterSeconds;
	}

	get status(): (typeof FAILURES)[FailureCode] {
		return FAILURES[this.code];
	}
}

/** Throws the failure when `condition` is false. */
export function ensure(condition: unknown, code: FailureCode): asserts condition {
	if (!condition) throw new ServiceFailure(code);
}
