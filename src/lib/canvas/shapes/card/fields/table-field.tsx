import { stopEventPropagation } from '@tldraw/tldraw';
import type { TemplateLocale } from '../../../../i18n/localized.ts';
import { columnTotal, formatEuros } from '../amounts.ts';
import { emptyRow, type CardField, type TableColumn, type TableRow } from '../card-definition.ts';
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
			<tfoot>
				{columns.some((column) => column.amount) && (
					<TotalRow columns={columns} rows={rows} locale={locale} editing={Boolean(onChange)} />
				)}
				{onChange && (
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
				)}
			</tfoot>
		</table>
	);
}

const TOTAL = { nl: 'Totaal', en: 'Total' };
const SKIPPED = {
	nl: (n: number) => `${n} ${n === 1 ? 'cel is geen bedrag' : 'cellen zijn geen bedrag'}, niet meegeteld`,
	en: (n: number) => `${n} ${n === 1 ? 'cell is not an amount' : 'cells are not amounts'}, not counted`
};

/** The sum of each amount column, under it; cells that are not amounts are counted and said. */
function TotalRow({
	columns,
	rows,
	locale,
	editing
}: {
	columns: readonly TableColumn[];
	rows: TableRow[];
	locale: TemplateLocale;
	editing: boolean;
}) {
	const totals = new Map(
		columns
			.filter((column) => column.amount)
			.map((column) => [column.key, columnTotal(rows.map((row) => row[column.key] ?? ''))])
	);
	const skipped = [...totals.values()].reduce((sum, { skipped }) => sum + skipped, 0);
	const span = columns.length + (editing ? 1 : 0);
	return (
		<>
			<tr className="wb-card-table-total">
				{columns.map((column, i) => {
					const sum = totals.get(column.key);
					if (!sum) return <th key={column.key}>{i === 0 ? TOTAL[locale] : ''}</th>;
					return (
						<td key={column.key} data-total={column.key}>
							{formatEuros(sum.total, locale)}
						</td>
					);
				})}
				{editing && <td />}
			</tr>
			{skipped > 0 && (
				<tr className="wb-card-table-skipped">
					<td colSpan={span}>{SKIPPED[locale](skipped)}</td>
				</tr>
			)}
		</>
	);
}
