import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { CARD_WIDTH, initialCardHeight } from '../card/card-field.ts';
import { FieldCard } from '../card/FieldCard.tsx';
import { personaShapeMigrations } from './persona-shape-migrations.ts';
import {
	PERSONA_COLORS,
	personaFields,
	personaShapeProps,
	type PersonaShape
} from './persona-shape-props.ts';

const KIND = { nl: 'Persona', en: 'Persona' };
const AVATAR_HEIGHT = 56;

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

	override getDefaultProps(): PersonaShape['props'] {
		return {
			w: CARD_WIDTH,
			h: initialCardHeight(personaFields, AVATAR_HEIGHT),
			name: '',
			age: '',
			avatar: '',
			color: PERSONA_COLORS[0]!,
			gender: '',
			education: '',
			occupation: '',
			place: '',
			behaviour: '',
			interests: '',
			goals: '',
			media: '',
			wishes: '',
			quote: ''
		};
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
