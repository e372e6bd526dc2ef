import { useTranslation } from 'react-i18next';
import type { RegisterOutcome } from './useColourChange';
import { useMdoWords } from './useMdoWords';

/** What became of the register after the colour was chosen, in words. */
export function RegisterOutcomeText({ outcome }: { outcome: RegisterOutcome }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  switch (outcome.kind) {
    case 'recorded':
      return t('mdoMeeting.outcome.colourRecorded', { colour: words.colour(outcome.colour) });
    case 'already':
      return t('mdoMeeting.outcome.colourAlready', { colour: words.colour(outcome.colour) });
    case 'refused':
      return t('mdoMeeting.outcome.colourNotRecorded', { reason: t(outcome.code) });
  }
}
