import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { HTMLContainer, useEditor, useIsEditing, useValue, type TLShape } from '@tldraw/tldraw';
import { templateLocale, type Localized, type TemplateLocale } from '../../../i18n/localized.ts';
import type { CardField, CardSize, TableRow } from './card-definition.ts';
import { FieldInput, FieldView } from './fields/index.tsx';
import './card.css';

interface FieldCardProps {
	shape: TLShape & { props: CardSize };
	label: Localized;
	fields: readonly CardField[];
	/** The card's colour (a CSS colour). */
	accent: string;
	/** Above the fields (e.g. the persona's avatar), given the current language. */
	header?: (locale: TemplateLocale) => ReactNode;
	/** Below the fields (e.g. the SMART check). */
	footer?: (locale: TemplateLocale) => ReactNode;
	/** Fields the header shows while the card is read: not listed again then. */
	inHeader?: readonly string[];
	/** While read, fields nobody filled in are left out. */
	skipEmptyWhileRead?: boolean;
}

/** A field nobody filled in: no text, nothing ticked, no row with anything in it. */
function isEmpty(value: unknown): boolean {
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value))
		return value.every((item) =>
			typeof item === 'object' && item !== null
				? Object.values(item).every((cell) => String(cell ?? '').trim() === '')
				: String(item).trim() === ''
		);
	return value === undefined || value === null;
}

/**
 * The body of every structured card: its box, its growth, and the keyboard. Double-click edits it
 * in place: each field becomes an input (fields/, one module per kind), Tab goes to the next one,
 * Escape leaves. Each field is its own shape property, so two people editing different fields of
 * one card at once both keep their text.
 */
export function FieldCard({
	shape,
	label,
	fields,
	accent,
	header,
	footer,
	inHeader = [],
	skipEmptyWhileRead = false
}: FieldCardProps) {
	const editor = useEditor();
	const isEditing = useIsEditing(shape.id);
	const locale = useValue('card locale', () => templateLocale(editor.user.getLocale()), [editor]);
	const body = useRef<HTMLDivElement>(null);

	// The editing client fits the card to its text while editing, and once more as editing ends
	// (the fields read back are shorter than their inputs): its bounds are what is drawn. The new
	// height syncs to everyone; the last fit is no step of its own in the undo history.
	const wasEditing = useRef(false);
	useLayoutEffect(() => {
		const leaving = wasEditing.current && !isEditing;
		wasEditing.current = isEditing;
		if ((!isEditing && !leaving) || !body.current) return;
		const needed = Math.ceil(body.current.offsetHeight);
		if (Math.abs(needed - shape.props.h) <= 1) return;
		const fit = () => editor.updateShape({ id: shape.id, type: shape.type, props: { h: needed } });
		if (leaving) editor.run(fit, { history: 'ignore' });
		else fit();
	});

	const setField = (key: string, value: string | string[] | TableRow[]) =>
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
				<div className="wb-card-kind">{label[locale]}</div>
				{header?.(locale)}
				{fields.map((field, index) => {
					const value = (shape.props as unknown as Record<string, unknown>)[field.key];
					if (!isEditing && (inHeader.includes(field.key) || (skipEmptyWhileRead && isEmpty(value))))
						return null;
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
								<FieldView field={field} value={value} locale={locale} />
							)}
						</div>
					);
				})}
				{footer?.(locale)}
			</div>
		</HTMLContainer>
	);
}
