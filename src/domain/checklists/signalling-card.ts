import type { ChecklistDefinition } from './definition';

/**
 * Signaleringskaart for home-care staff, mantelzorgers and volunteers, in Tijdig's own words. Regions may
 * replace it with their own card (a JSON definition of kind "signals").
 */
export const signallingCardV1 = {
  id: 'signaleringskaart',
  version: 1,
  kind: 'signals',
  title: 'Signaleringskaart',
  description:
    'Voor thuiszorg, mantelzorgers en vrijwilligers: wat valt u op? Elk "ja" is een signaal voor het kernteam.',
  items: [
    {
      type: 'yesNo',
      id: 'admissions',
      label: 'Is de patiënt de laatste tijd vaker onverwacht opgenomen of naar de spoedeisende hulp geweest?',
    },
    {
      type: 'yesNo',
      id: 'not-recovering',
      label: 'Knapt de patiënt na een ziekte of opname niet meer op zoals vroeger?',
    },
    {
      type: 'yesNo',
      id: 'more-care',
      label: 'Heeft de patiënt meer hulp nodig bij wassen, aankleden of eten?',
    },
    {
      type: 'yesNo',
      id: 'carer-struggling',
      label: 'Heeft de mantelzorger het zwaar of houdt die het niet lang meer vol?',
    },
    {
      type: 'yesNo',
      id: 'weight-loss',
      label: 'Valt de patiënt zichtbaar af, of eet of drinkt hij of zij veel minder?',
    },
    {
      type: 'yesNo',
      id: 'bed-bound',
      label: 'Ligt of zit de patiënt het grootste deel van de dag in bed of stoel?',
    },
    {
      type: 'yesNo',
      id: 'symptoms',
      label: 'Blijven klachten zoals pijn, benauwdheid of onrust lastig ondanks behandeling?',
    },
    {
      type: 'yesNo',
      id: 'withdrawal',
      label: 'Trekt de patiënt zich terug, praat hij of zij over de dood of over stoppen met behandelen?',
    },
    { type: 'yesNo', id: 'falls', label: 'Is de patiënt de laatste tijd gevallen?' },
    { type: 'text', id: 'niet-pluis', label: 'Niet-pluisgevoel: wat valt u verder op?', maxLength: 2000 },
  ],
  scoring: { kind: 'anySignal' },
  source: {
    kind: 'own',
    note: 'Eigen woorden van Tijdig; een regio kan de kaart vervangen door haar eigen signaleringskaart.',
  },
} satisfies ChecklistDefinition;
