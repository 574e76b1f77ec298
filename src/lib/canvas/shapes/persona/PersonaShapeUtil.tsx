import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { personaCard } from './persona-card.ts';
import { personaShapeMigrations } from './persona-shape-migrations.ts';

function initials(name: string): string {
	return name
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2)
		.map((part) => part[0]!.toUpperCase())
		.join('');
}

export const PersonaShapeUtil = cardShapeUtil(personaCard, personaShapeMigrations, {
	accent: (props) => props.color,
	header: ({ avatar, name, color }) => (
		<div className="wb-card-header">
			<div
				className="wb-avatar"
				style={{ background: avatar ? 'transparent' : color }}
				data-testid="persona-avatar"
			>
				{avatar || initials(name) || '?'}
			</div>
			<strong>{name}</strong>
		</div>
	)
});
