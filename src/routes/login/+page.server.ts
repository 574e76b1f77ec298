import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { redirectTarget, startSession } from '$lib/server/auth/session-cookie.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/form.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.principal?.kind === 'user') redirect(303, redirectTarget(url));
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request);
		const email = form.text('email');
		const result = await (
			await services()
		).accounts.logIn(email, form.text('password'), event.getClientAddress());
		if ('error' in result) {
			// One message for an unknown email and a wrong password: nobody learns who has an account.
			return result.error === 'throttled'
				? fail(429, {
						email,
						message: m.login_throttled({ seconds: Math.ceil((result.retryAfterMs ?? 0) / 1000) })
					})
				: fail(400, { email, message: m.login_invalid() });
		}
		await startSession(event, { userId: result.user.id });
		redirect(303, redirectTarget(event.url));
	}
};
