import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requireUser } from '$lib/server/guards.ts';
import { accountErrorMessage } from '$lib/server/auth/messages.ts';
import { clearSessionCookie, startSession } from '$lib/server/auth/session-cookie.ts';
import { boardEvents } from '$lib/server/boards/index.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/form.ts';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { boards, teams } = await services();
	// Teams the user is alone in go with the account, and their boards with them.
	const soleTeams = new Set<string>();
	for (const team of await teams.listForUser(user.id)) {
		if ((await teams.members(team.id)).length === 1) soleTeams.add(team.id);
	}
	const lost = (await boards.listForUser(user.id)).filter((b) => b.teamId && soleTeams.has(b.teamId));
	return { email: user.email, boardsDeletedWithAccount: lost.map((b) => b.title) };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		const { accounts, sessions } = await services();
		const result = await accounts.changePassword(user, form.text('current'), form.text('next'));
		if ('error' in result)
			return fail(400, { action: 'password', message: accountErrorMessage(result.error) });
		// Every session ends, this one too; this browser gets a fresh one.
		await sessions.invalidateUser(user.id);
		event.locals.principal = null;
		const session = await startSession(event, { userId: user.id });
		event.locals.principal = { ...user, sessionId: session.id };
		boardEvents().emit('principal-changed', user.id);
		return { action: 'password', done: m.account_password_changed() };
	},
	delete: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		const { accounts } = await services();
		if (!(await accounts.checkPassword(user.id, form.text('password')))) {
			return fail(400, { action: 'delete', message: m.error_password_wrong() });
		}
		for (const boardId of await accounts.deleteAccount(user.id)) boardEvents().emit('deleted', boardId);
		boardEvents().emit('principal-changed', user.id);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/');
	}
};
