import { useTranslation } from 'react-i18next';
import { CONCLUSION_FIELDS, type AgendaItem } from '../../../domain';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import { MinutesFact } from './MinutesFact';

const DIMENSIONS = Object.keys(CONCLUSION_FIELDS) as (keyof typeof CONCLUSION_FIELDS)[];

/**
 * The outcome of a patient item: the four dimensions, VPTZ, mantelzorg, and review or nabespreking. An
 * item marked "Niet besproken" shows only what was recorded anyway: no "Nee" or "Geen conclusies" for
 * what was never discussed.
 */
export function MinutesOutcome({ item, isDeceased }: { item: AgendaItem; isDeceased: boolean }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const yesNo = (value: boolean) => t(value ? 'mdoMeeting.answers.yes' : 'mdoMeeting.answers.no');
  const answer = (value: 'yes' | 'no' | 'unknown' | null) => t(`mdoMeeting.answers.${value ?? 'none'}`);
  const conclusions = DIMENSIONS.filter((dimension) => item[CONCLUSION_FIELDS[dimension]] !== '');
  const review = item.afterDeathReview;
  const shows = (value: boolean) => item.isDiscussed || value;
  return (
    <>
      {item.isDiscussed && conclusions.length === 0 && (
        <MinutesFact
          term={t('mdoMeeting.outcome.conclusions')}
          value={t('mdoMeeting.minutes.noConclusions')}
        />
      )}
      {conclusions.map((dimension) => (
        <MinutesFact
          key={dimension}
          term={t(`mdoMeeting.dimensions.${dimension}`)}
          value={item[CONCLUSION_FIELDS[dimension]]}
        />
      ))}
      {shows(item.isVptzDiscussed) && (
        <MinutesFact term={t('mdoMeeting.minutes.vptz')} value={yesNo(item.isVptzDiscussed)} />
      )}
      {shows(item.isCaregiverBurdenDiscussed) && (
        <MinutesFact
          term={t('mdoMeeting.minutes.caregiverBurden')}
          value={yesNo(item.isCaregiverBurdenDiscussed)}
        />
      )}
      {!isDeceased && item.nextReviewDate && (
        <MinutesFact term={t('mdoMeeting.minutes.nextReview')} value={words.date(item.nextReviewDate)} />
      )}
      {!isDeceased && item.newColour && (
        <MinutesFact term={t('mdoMeeting.minutes.newColour')} value={words.colour(item.newColour)} />
      )}
      {isDeceased && shows(review !== null) && (
        <>
          <MinutesFact
            term={t('mdoMeeting.afterDeath.markedInTime')}
            value={answer(review?.wasMarkedInTime ?? null)}
          />
          <MinutesFact
            term={t('mdoMeeting.afterDeath.preferredPlace')}
            value={answer(review?.diedAtPreferredPlace ?? null)}
          />
          {review?.lessons && (
            <MinutesFact term={t('mdoMeeting.afterDeath.lessons')} value={review.lessons} />
          )}
        </>
      )}
    </>
  );
}
