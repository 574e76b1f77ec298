import { describe, expect, it } from 'vitest';
import type { CardField } from '../../src/lib/canvas/shapes/card/card-definition.ts';
import { budgetCard } from '../../src/lib/canvas/shapes/budget/budget-card.ts';
import { templateById, templates } from '../../src/lib/templates/index.ts';
import { TEMPLATE_AREAS } from '../fixtures/template-areas.ts';

const notesOf = (id: string, area: string) =>
	templateById(id)!
		.notes.filter((note) => note.area === area)
		.map((note) => note.text.nl);

describe('every template’s areas, against the fixture written from the sources', () => {
	it('covers every template, and no template that does not exist', () => {
		expect(Object.keys(TEMPLATE_AREAS).sort()).toEqual(templates.map((t) => t.id).sort());
	});

	it.each(templates.map((t) => [t.id, t] as const))(
		'%s: its areas in order, in Dutch and English',
		(id, t) => {
			expect(t.areas.map((a) => a.title.nl)).toEqual(TEMPLATE_AREAS[id]!.nl);
			expect(t.areas.map((a) => a.title.en)).toEqual(TEMPLATE_AREAS[id]!.en);
		}
	);
});

describe('what the sources say and the board must not change', () => {
	it('the Social Media Cycle lists each phase’s contents as the source does, without step numbers', () => {
		expect(notesOf('social-media-cycle', 'strategy')).toEqual([
			'Doelstellingen',
			'Doelgroep',
			'Content die we verspreiden',
			'Kanalen',
			'Owned en/of paid media'
		]);
		expect(notesOf('social-media-cycle', 'community')).toHaveLength(4);
		expect(notesOf('social-media-cycle', 'facilitating')).toHaveLength(4);
		const cycle = templateById('social-media-cycle')!;
		for (const note of cycle.notes) expect(note.text.nl).not.toMatch(/^\d/);
		// Laid out as a cycle: an arrow from each phase to the next, and from the last back to the first.
		expect(cycle.arrows).toHaveLength(3);
		expect(cycle.source.nl).toContain('MarketingMonday');
	});

	it('SBSMI describes phase 1 as the source does and adds nothing to Altimeter’s names', () => {
		const maturity = templateById('maturity')!;
		const planning = maturity.areas[0]!.guidance.nl;
		for (const point of ['luisteren', 'pilotprojecten', 'audits', 'KPI’s']) expect(planning).toContain(point);
		for (const phase of maturity.areas.slice(1, 6)) {
			expect(phase.guidance.nl).toBe('Naam van Altimeter; de bron beschrijft deze fase niet.');
		}
		expect(maturity.source.nl).toContain('Altimeter');
	});

	it('the full plan is the ten chapters, each with the cards that belong there', () => {
		const plan = templateById('full-plan')!;
		expect(plan.description.en).toContain('ten chapters of a social media plan');
		const chapters = plan.areas.filter((a) => /^\d+\. /.test(a.title.nl));
		expect(chapters.map((a) => Number.parseInt(a.title.nl))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const cardsIn = (area: string) => (plan.shapes ?? []).filter((s) => s.area === area).map((s) => s.type);
		expect(cardsIn('objectives')).toEqual(['goal', 'objective', 'objective']);
		expect(cardsIn('audience')).toEqual(['persona', 'persona']);
		expect(cardsIn('content')).toEqual(['content-item', 'content-item', 'content-item']);
		expect(cardsIn('channels')).toEqual(['channel', 'channel', 'channel']);
		expect(cardsIn('measurement')).toEqual(['kpi-table']);
		expect(cardsIn('budget')).toEqual(['budget']);
		expect(cardsIn('risks')).toEqual(['risk']);
		// Community management, integration and improvement carry the source's points as prompts.
		expect(notesOf('full-plan', 'community')).toContain('Social listening');
		expect(notesOf('full-plan', 'integration')).toContain('Consistente branding en tone of voice');
		expect(notesOf('full-plan', 'improvement').length).toBeGreaterThan(0);
		// Reading order is the plan's order: left to right, row by row.
		const order = [...plan.areas].sort((a, b) => a.y - b.y || a.x - b.x).map((a) => a.key);
		expect(order).toEqual(plan.areas.map((a) => a.key));
	});

	it('the baseline comes before the strategy, where the source starts with it', () => {
		const plan = templateById('full-plan')!;
		expect(plan.areas[0]!.guidance.nl).toContain('Begin met een nulmeting');
		expect(templateById('kpis')!.areas[0]!.key).toBe('baseline');
	});

	it('the risk template places a risk card and marks its escalation steps as an example', () => {
		const risks = templateById('risks')!;
		expect((risks.shapes ?? []).map((s) => s.type)).toEqual(['risk']);
		expect(notesOf('risks', 'escalation').every((text) => text.startsWith('Voorbeeld'))).toBe(true);
	});

	it('the webcare template has the protocol and the ground rules as a checklist card', () => {
		const webcare = templateById('webcare')!;
		expect((webcare.shapes ?? []).map((s) => s.type)).toEqual(['ground-rules']);
		expect(notesOf('webcare', 'protocol')).toEqual([
			'Wie beantwoordt wat?',
			'Hoe snel reageren we, per kanaal?',
			'Wanneer escaleren we, en naar wie?'
		]);
	});

	it('the budget template places a budget card with an amount column', () => {
		expect((templateById('budget')!.shapes ?? []).map((s) => s.type)).toEqual(['budget']);
		const rows: CardField | undefined = budgetCard.fields.find((f) => f.key === 'rows');
		const columns = rows?.kind === 'table' ? rows.columns : [];
		expect(columns.filter((c) => c.amount).map((c) => c.key)).toEqual(['amount']);
	});
});
