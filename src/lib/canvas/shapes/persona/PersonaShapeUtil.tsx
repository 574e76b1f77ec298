import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { personaShapeMigrations } from './persona-shape-migrations.ts';
import {
	personaDefaultProps,
	personaFields,
	personaShapeProps,
	type PersonaShape
} from './persona-shape-props.ts';

const KIND = { nl: 'Persona', en: 'Persona' };

function initials(name: string): string {
	return name
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2)
		.map((part) => part[0]!.toUpperCase())
		.join('');
}

export class PersonaShapeUtil extends CardShapeUtil<PersonaShape> {
	static override type = 'persona' as const;
	static override props = personaShapeProps;
	static override migrations = personaShapeMigrations;

	override getDefaultProps() {
		return personaDefaultProps();
	}

	override component(shape: PersonaShape) {
		const { avatar, name, color } = shape.props;
		return (
			<FieldCard
				shape={shape}
				kind={KIND}
				fields={personaFields}
				accent={color}
				header={() => (
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
				)}
			/>
		);
	}
}
