import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { act } from '$lib/server/action.ts';
import { clearSessionCookie, startSession } from '$lib/server/auth/session-cookie.ts';
import { readForm } from '$lib/server/form.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		email: user.email,
		boardsDeletedWithAccount: await (await services()).accounts.deletionPreview(user)
	};
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		return act('password', async () => {
			await (await services()).accounts.changePassword(user, form.text('current'), form.text('next'));
			// Every session ended, this one too: this browser gets a fresh one.
			event.locals.principal = null;
			const session = await startSession(event, { userId: user.id });
			event.locals.principal = { ...user, sessionId: session.id };
			return { action: 'password', done: m.account_password_changed() };
		});
	},
	delete: async (event) => {
		const user = requireUser(event);
		const password = (await readForm(event.request)).text('password');
		return act('delete', async () => {
			await (await services()).accounts.deleteAccount(user, password);
			clearSessionCookie(event.cookies, event.url);
			redirect(303, '/');
		});
	}
};
