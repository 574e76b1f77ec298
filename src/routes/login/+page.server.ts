import { redirect } from '@sveltejs/kit';
import { act } from '$lib/server/action.ts';
import { redirectTarget, startSession } from '$lib/server/auth/session-cookie.ts';
import { readForm } from '$lib/server/form.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.principal?.kind === 'user') redirect(303, redirectTarget(url));
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request);
		const email = form.text('email');
		return act(
			'login',
			async () => {
				const user = await (
					await services()
				).accounts.logIn(email, form.text('password'), event.getClientAddress());
				await startSession(event, { userId: user.id });
				redirect(303, redirectTarget(event.url));
			},
			{ email }
		);
	}
};
