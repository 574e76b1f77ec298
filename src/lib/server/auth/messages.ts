import { m } from '$lib/paraglide/messages.js';
import type { PasswordError, SignUpError } from './accounts.ts';

/** The translated text for an account error code. */
export function accountErrorMessage(code: SignUpError | PasswordError): string {
	switch (code) {
		case 'name_invalid':
			return m.error_name_invalid();
		case 'email_invalid':
			return m.error_email_invalid();
		case 'email_taken':
			return m.error_email_taken();
		case 'password_short':
			return m.error_password_short();
		case 'password_long':
			return m.error_password_long();
		case 'password_guessable':
			return m.error_password_guessable();
		case 'password_wrong':
			return m.error_password_wrong();
	}
}
