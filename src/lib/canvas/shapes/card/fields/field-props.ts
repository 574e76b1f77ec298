import type { KeyboardEvent } from 'react';
import type { TemplateLocale } from '../../../../i18n/localized.ts';
import type { CardField, TableRow } from '../card-definition.ts';

/** A field as the card shows it. */
export interface ViewProps<F extends CardField = CardField> {
	field: F;
	value: unknown;
	locale: TemplateLocale;
}

/** A field while the card is edited. */
export interface InputProps<F extends CardField = CardField> extends ViewProps<F> {
	id: string;
	autoFocus: boolean;
	onChange(value: string | string[] | TableRow[]): void;
	onKeyDown(event: KeyboardEvent): void;
}

// What a peer stored may not have the declared type: read it defensively.
export const asText = (value: unknown) => (typeof value === 'string' ? value : '');
export const asList = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
export const asRows = (value: unknown) => (Array.isArray(value) ? (value as TableRow[]) : []);
