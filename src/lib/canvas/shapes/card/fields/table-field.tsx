import { stopEventPropagation } from '@tldraw/tldraw';
import { emptyRow, type CardField, type TableRow } from '../card-definition.ts';
import { asRows, type InputProps, type ViewProps } from './field-props.ts';

type TableField = Extract<CardField, { kind: 'table' }>;

/** Rows of named columns. */
export function TableView(props: ViewProps<TableField>) {
	return <CardTable {...props} />;
}

/** The same table with inputs in its cells, and rows to add and remove. */
export function TableInput({ field, value, locale, onChange, onKeyDown }: InputProps<TableField>) {
	return <CardTable field={field} value={value} locale={locale} onChange={onChange} onKeyDown={onKeyDown} />;
}

function CardTable({
	field,
	value,
	locale,
	onChange,
	onKeyDown
}: ViewProps<TableField> & Partial<Pick<InputProps<TableField>, 'onChange' | 'onKeyDown'>>) {
	const rows = asRows(value);
	const columns = field.columns;
	const change = (next: TableRow[]) => onChange?.(next);
	const setCell = (row: number, column: string, text: string) =>
		change(rows.map((r, i) => (i === row ? { ...r, [column]: text } : r)));
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
									onClick={() => change(rows.filter((_, i) => i !== r))}
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
								onClick={() => change([...rows, emptyRow(columns)])}
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
