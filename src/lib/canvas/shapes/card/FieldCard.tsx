import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import {
	HTMLContainer,
	stopEventPropagation,
	useEditor,
	useIsEditing,
	useValue,
	type TLShape
} from '@tldraw/tldraw';
import type { Localized } from '$lib/templates/types.ts';
import { templateLocale } from '../../templates/build-template.ts';
import type { CardField, CardSize } from './card-field.ts';
import './card.css';

type CardShape = TLShape & { props: CardSize & Record<string, unknown> };

interface FieldCardProps {
	shape: CardShape;
	kind: Localized;
	fields: CardField[];
	/** The card's colour (a CSS colour). */
	accent: string;
	/** Above the fields (e.g. the persona's avatar), given the current language. */
	header?: (locale: 'nl' | 'en') => ReactNode;
	/** Below the fields (e.g. the SMART check). */
	footer?: (locale: 'nl' | 'en') => ReactNode;
}

/**
 * The body of every structured card. Double-click edits it in place: each field becomes an
 * input, Tab goes to the next one, Escape leaves. Each field is its own shape property, so two
 * people editing different fields of one card at once both keep their text.
 */
export function FieldCard({ shape, kind, fields, accent, header, footer }: FieldCardProps) {
	const editor = useEditor();
	const isEditing = useIsEditing(shape.id);
	const locale = useValue('card locale', () => templateLocale(editor.user.getLocale()), [editor]);
	const body = useRef<HTMLDivElement>(null);

	// The editing client grows the card to fit its text; the new height syncs to everyone.
	useLayoutEffect(() => {
		if (!isEditing || !body.current) return;
		const needed = Math.ceil(body.current.scrollHeight);
		if (Math.abs(needed - shape.props.h) > 1) {
			editor.updateShape({ id: shape.id, type: shape.type, props: { h: needed } });
		}
	});

	const setField = (key: string, value: string) =>
		editor.updateShape({ id: shape.id, type: shape.type, props: { [key]: value } });
	const onKeyDown = (event: KeyboardEvent) => {
		event.stopPropagation();
		if (event.key === 'Escape') editor.setEditingShape(null);
	};

	return (
		<HTMLContainer
			className="wb-card"
			style={{
				width: shape.props.w,
				minHeight: shape.props.h,
				pointerEvents: isEditing ? 'all' : 'none',
				['--wb-accent' as string]: accent
			}}
		>
			<div ref={body} className="wb-card-body" data-card-kind={shape.type}>
				<div className="wb-card-kind">{kind[locale]}</div>
				{header?.(locale)}
				{fields.map((field, index) => {
					const value = String(shape.props[field.key] ?? '');
					const id = `${shape.id}-${field.key}`;
					return (
						<div className="wb-card-field" key={field.key}>
							<label htmlFor={id}>{field.label[locale]}</label>
							{isEditing ? (
								<FieldInput
									id={id}
									field={field}
									value={value}
									locale={locale}
									autoFocus={index === 0}
									onChange={(next) => setField(field.key, next)}
									onKeyDown={onKeyDown}
								/>
							) : (
								<div className="wb-card-value" data-field={field.key}>
									{displayValue(field, value, locale) || '—'}
								</div>
							)}
						</div>
					);
				})}
				{footer?.(locale)}
			</div>
		</HTMLContainer>
	);
}

function displayValue(field: CardField, value: string, locale: 'nl' | 'en'): string {
	if (field.kind !== 'select') return value;
	return field.options?.find((option) => option.value === value)?.label[locale] ?? '';
}

interface FieldInputProps {
	id: string;
	field: CardField;
	value: string;
	locale: 'nl' | 'en';
	autoFocus: boolean;
	onChange: (value: string) => void;
	onKeyDown: (event: KeyboardEvent) => void;
}

function FieldInput({ id, field, value, locale, autoFocus, onChange, onKeyDown }: FieldInputProps) {
	const common = {
		id,
		autoFocus,
		onKeyDown,
		onPointerDown: stopEventPropagation,
		'data-field': field.key
	};
	if (field.kind === 'multiline') {
		return (
			<textarea
				{...common}
				rows={Math.max(2, value.split('\n').length)}
				value={value}
				onChange={(e) => onChange(e.target.value)}
			/>
		);
	}
	if (field.kind === 'select') {
		return (
			<select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
				<option value="">—</option>
				{field.options?.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label[locale]}
					</option>
				))}
			</select>
		);
	}
	const type = field.kind === 'date' ? 'date' : 'text';
	const inputMode = field.kind === 'number' ? 'decimal' : undefined;
	return (
		<input
			{...common}
			type={type}
			inputMode={inputMode}
			value={value}
			onChange={(e) => onChange(e.target.value)}
		/>
	);
}
