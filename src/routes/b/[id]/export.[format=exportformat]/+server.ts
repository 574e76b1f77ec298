import { orErrorPage } from '$lib/server/action.ts';
import { services } from '$lib/server/services/index.ts';
import type { ExportFormat } from '$lib/plan/export-formats.ts';
import { templateLocale } from '$lib/i18n/localized.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

/**
 * `/b/<id>/export.json`, `.md`, `.docx`: the board or its plan as a file, for scripts too (the
 * session cookie decides, as on the page). `?lang=nl|en` picks the plan's language, `?snapshot=<id>` a saved state.
 */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const lang = url.searchParams.get('lang');
	const locale = lang === 'nl' || lang === 'en' ? lang : templateLocale(getLocale());
	const file = await orErrorPage(
		(await services()).exports.export(
			locals.principal,
			params.id,
			params.format as ExportFormat,
			locale,
			url.searchParams.get('snapshot')
		)
	);
	return new Response(file.body, {
		headers: {
			'content-type': file.type,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
