import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
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
		const values = { name: form.text('name'), email: form.text('email') };
		return act(
			'signup',
			async () => {
				const input = { ...values, password: form.text('password') };
				const user = await (await services()).accounts.signUp(input, (name) => m.team_personal({ name }));
				await startSession(event, { userId: user.id });
				redirect(303, redirectTarget(event.url));
			},
			values
		);
	}
};
