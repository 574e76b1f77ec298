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

const YEARS = { nl: 'jaar', en: 'years' };

export const PersonaShapeUtil = cardShapeUtil(personaCard, personaShapeMigrations, {
	accent: (props) => props.color,
	// Read as a profile: a large face and name, the quote under them, then the rest.
	inHeader: ['name', 'avatar', 'color', 'quote', 'age', 'occupation'],
	skipEmptyWhileRead: true,
	header: ({ avatar, name, color, quote, age, occupation }, locale) => (
		<div className="wb-persona">
			<div className="wb-card-header">
				<div
					className="wb-avatar wb-avatar-large"
					style={{ background: avatar ? 'transparent' : color }}
					data-testid="persona-avatar"
				>
					{avatar || initials(name) || '?'}
				</div>
				<div className="wb-persona-who">
					<strong className="wb-persona-name" data-field="name">
						{name}
					</strong>
					<span className="wb-persona-line">
						{age && (
							<>
								<span data-field="age">{age}</span> {YEARS[locale]}
							</>
						)}
						{age && occupation && ' · '}
						{occupation && <span data-field="occupation">{occupation}</span>}
					</span>
				</div>
			</div>
			{quote && (
				<blockquote className="wb-persona-quote" data-field="quote">
					{quote}
				</blockquote>
			)}
		</div>
	)
});
