import { act, orErrorPage } from '$lib/server/action.ts';
import { readForm } from '$lib/server/form.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { board, links, people } = await orErrorPage(
		(await services()).access.sharing(user, event.params.id)
	);
	return {
		board: { id: board.id, title: board.title, viewersExport: board.viewersExport },
		links,
		people
	};
};

export const actions: Actions = {
	createLink: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		return act('createLink', async () => {
			const { token, expiresAt } = await (
				await services()
			).access.createLink(user, event.params.id, {
				role: form.text('role'),
				lifetime: form.text('expiry'),
				allowGuests: form.checked('guests')
			});
			return { action: 'createLink', link: `${event.url.origin}/s/${token}`, expiresAt };
		});
	},
	revokeLink: async (event) => {
		const user = requireUser(event);
		const link = (await readForm(event.request)).text('link');
		return act('revokeLink', async () => {
			await (await services()).access.revokeLink(user, event.params.id, link);
			return { action: 'revokeLink' };
		});
	},
	setViewersExport: async (event) => {
		const user = requireUser(event);
		const allowed = (await readForm(event.request)).checked('allowed');
		return act('setViewersExport', async () => {
			await (await services()).access.setViewersExport(user, event.params.id, allowed);
			return { action: 'setViewersExport' };
		});
	},
	setRole: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		return act('setRole', async () => {
			await (await services()).access.setRole(user, event.params.id, form.text('user'), form.text('role'));
			return { action: 'setRole' };
		});
	},
	removeRole: async (event) => {
		const user = requireUser(event);
		const member = (await readForm(event.request)).text('user');
		return act('removeRole', async () => {
			await (await services()).access.removeRole(user, event.params.id, member);
			return { action: 'removeRole' };
		});
	}
};
