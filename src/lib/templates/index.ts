import type { TemplateDefinition } from './types.ts';

export type { Localized, TemplateDefinition } from './types.ts';

// Every file in definitions/ is a template: adding one is adding a file.
const modules = import.meta.glob<{ default: TemplateDefinition }>('./definitions/*.ts', { eager: true });

export const templates: TemplateDefinition[] = Object.values(modules)
	.map((module) => module.default)
	.sort((a, b) => a.order - b.order);

export function templateById(id: string): TemplateDefinition | undefined {
	return templates.find((template) => template.id === id);
}

/**
 * The id a new board's template gives its shape `key`: the same for every client, so two people
 * filling a new board at once converge, and a template's shapes are known again by it.
 */
export const fixedShapeId = (templateId: string, key: string) => `shape:template-${templateId}-${key}`;
