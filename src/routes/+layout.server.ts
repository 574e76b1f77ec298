import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	me: locals.principal && { kind: locals.principal.kind, name: locals.principal.name }
});
