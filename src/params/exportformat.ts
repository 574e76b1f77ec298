import type { ParamMatcher } from '@sveltejs/kit';
import { EXPORT_FORMATS } from '$lib/plan/export-formats.ts';

export const match: ParamMatcher = (param) => (EXPORT_FORMATS as readonly string[]).includes(param);
