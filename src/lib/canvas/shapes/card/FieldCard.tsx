import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { HTMLContainer, stopEventPropagation, useEditor, useIsEditing, useValue } from '@tldraw/tldraw';
import type { Localized } from '$lib/templates/types.ts';
import { templateLocale } from '../../../templates/locale.ts';
import type { CardField, TableRow } from './card-field.ts';
import type { CardShape } from './card-shape-util.tsx';
import './card.css';

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

	const setField = (key: string, value: FieldValueType) =>
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
					const value = (shape.props as unknown as Record<string, unknown>)[field.key];
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
								<FieldValue field={field} value={value} locale={locale} />
							)}
						</div>
					);
				})}
				{footer?.(locale)}
			</div>
		</HTMLContainer>
	);
}

type FieldValueType = string | string[] | TableRow[];

const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const asList = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
const asRows = (value: unknown) => (Array.isArray(value) ? (value as TableRow[]) : []);

/** A field as the card shows it when it is not being edited. */
function FieldValue({ field, value, locale }: { field: CardField; value: unknown; locale: 'nl' | 'en' }) {
	if (field.kind === 'checklist') {
		const ticked = new Set(asList(value));
		return (
			<ul className="wb-card-checklist" data-field={field.key}>
				{field.options?.map((option) => (
					<li key={option.value} data-ticked={ticked.has(option.value)}>
						{ticked.has(option.value) ? '☑' : '☐'} {option.label[locale]}
					</li>
				))}
			</ul>
		);
	}
	if (field.kind === 'table') {
		return <CardTable field={field} rows={asRows(value)} locale={locale} />;
	}
	const text =
		field.kind === 'select'
			? (field.options?.find((option) => option.value === value)?.label[locale] ?? '')
			: asText(value);
	return (
		<div className="wb-card-value" data-field={field.key}>
			{text || '—'}
		</div>
	);
}

/** A table field; with `onChange` its cells are inputs and rows can be added and removed. */
function CardTable(props: {
	field: CardField;
	rows: TableRow[];
	locale: 'nl' | 'en';
	onChange?: (rows: TableRow[]) => void;
	onKeyDown?: (event: KeyboardEvent) => void;
}) {
	const { field, rows, locale, onChange, onKeyDown } = props;
	const columns = field.columns ?? [];
	const setCell = (row: number, column: string, text: string) =>
		onChange?.(rows.map((r, i) => (i === row ? { ...r, [column]: text } : r)));
	return (
		<table className="wb-card-table" data-field={field.key}>
			<thead>
				<tr>
					{columns.map((column) => (
						<th key={column.key}>{column.label[locale]}</th>
					))}
					{onChange && <th />}
				</tr>
			</thead>
			<tbody>
				{rows.map((row, r) => (
					<tr key={r}>
						{columns.map((column) => (
							<td key={column.key}>
								{onChange ? (
									<input
										value={row[column.key] ?? ''}
										aria-label={column.label[locale]}
										onChange={(e) => setCell(r, column.key, e.target.value)}
										onKeyDown={onKeyDown}
										onPointerDown={stopEventPropagation}
									/>
								) : (
									row[column.key]
								)}
							</td>
						))}
						{onChange && (
							<td>
								<button
									type="button"
									aria-label="−"
									onPointerDown={stopEventPropagation}
									onClick={() => onChange(rows.filter((_, i) => i !== r))}
								>
									−
								</button>
							</td>
						)}
					</tr>
				))}
			</tbody>
			{onChange && (
				<tfoot>
					<tr>
						<td colSpan={columns.length + 1}>
							<button
								type="button"
								data-testid="add-row"
								onPointerDown={stopEventPropagation}
								onClick={() => onChange([...rows, Object.fromEntries(columns.map((c) => [c.key, '']))])}
							>
								+
							</button>
						</td>
					</tr>
				</tfoot>
			)}
		</table>
	);
}

interface FieldInputProps {
	id: string;
	field: CardField;
	value: unknown;
	locale: 'nl' | 'en';
	autoFocus: boolean;
	onChange: (value: FieldValueType) => void;
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
	if (field.kind === 'checklist') {
		const ticked = asList(value);
		return (
			<div className="wb-card-checklist" data-field={field.key}>
				{field.options?.map((option, i) => (
					<label key={option.value}>
						<input
							type="checkbox"
							autoFocus={autoFocus && i === 0}
							checked={ticked.includes(option.value)}
							onKeyDown={onKeyDown}
							onPointerDown={stopEventPropagation}
							onChange={(e) =>
								onChange(
									e.target.checked ? [...ticked, option.value] : ticked.filter((v) => v !== option.value)
								)
							}
						/>
						{option.label[locale]}
					</label>
				))}
			</div>
		);
	}
	if (field.kind === 'table') {
		return (
			<CardTable
				field={field}
				rows={asRows(value)}
				locale={locale}
				onChange={onChange}
				onKeyDown={onKeyDown}
			/>
		);
	}
	const text = asText(value);
	if (field.kind === 'multiline') {
		return (
			<textarea
				{...common}
				rows={Math.max(2, text.split('\n').length)}
				value={text}
				onChange={(e) => onChange(e.target.value)}
			/>
		);
	}
	if (field.kind === 'select') {
		return (
			<select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
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
			value={text}
			onChange={(e) => onChange(e.target.value)}
		/>
	);
}
