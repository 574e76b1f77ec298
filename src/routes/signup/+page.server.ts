import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { accountErrorMessage } from '$lib/server/auth/messages.ts';
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
		const values = { name: form.text('name'), email: form.text('email') };
		const result = await (
			await services()
		).accounts.signUp({ ...values, password: form.text('password') }, (name) => m.team_personal({ name }));
		if ('error' in result) return fail(400, { ...values, message: accountErrorMessage(result.error) });
		await startSession(event, { userId: result.user.id });
		redirect(303, redirectTarget(event.url));
	}
};
