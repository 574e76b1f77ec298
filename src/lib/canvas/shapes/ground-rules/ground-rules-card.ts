import { defineCard } from '../card/card-definition.ts';

/**
 * The course material's rules for business use of social media, and hashtags, as a checklist the
 * team ticks off (docs/models.md, webcare). The rules are the source's, in its order.
 */
export const groundRulesCard = defineCard({
	type: 'ground-rules',
	label: { nl: 'Spelregels zakelijk gebruik', en: 'Ground rules for business use' },
	accent: '#1971c2',
	width: 420,
	extraHeight: 230,
	fields: [
		{
			key: 'rules',
			label: { nl: 'Geregeld', en: 'In place' },
			kind: 'checklist',
			options: [
				{
					value: 'fit',
					label: {
						nl: 'We kiezen netwerken die passen bij (een van) onze doelgroepen.',
						en: 'We pick networks that fit (one of) our audiences.'
					}
				},
				{
					value: 'profile',
					label: {
						nl: 'Ons profiel is altijd helemaal up-to-date.',
						en: 'Our profile is always fully up to date.'
					}
				},
				{
					value: 'think',
					label: {
						nl: 'We denken na voordat we iets posten: internet vergeet niets.',
						en: 'We think before we post: the internet never forgets.'
					}
				},
				{
					value: 'networks',
					label: {
						nl: 'We kennen de verschillen tussen netwerken: op Twitter volgen onbekenden je, op Facebook en LinkedIn werkt dat anders.',
						en: 'We know how networks differ: strangers follow you on Twitter, Facebook and LinkedIn work differently.'
					}
				},
				{
					value: 'consent',
					label: {
						nl: 'We taggen een klant of relatie alleen met diens toestemming.',
						en: 'We tag a customer or contact only with their consent.'
					}
				},
				{
					value: 'active',
					label: {
						nl: 'We zijn actief: reageren, delen en in gesprek gaan, zeker bij webcare.',
						en: 'We are active: respond, share and talk with people, above all in webcare.'
					}
				},
				{
					value: 'hashtags',
					label: {
						nl: 'We gebruiken hashtags voor campagnes: voor vindbaarheid en bereik.',
						en: 'We use hashtags for campaigns: for findability and reach.'
					}
				}
			]
		},
		{ key: 'hashtags', label: { nl: 'Onze campagnehashtags', en: 'Our campaign hashtags' }, kind: 'text' }
	]
});
