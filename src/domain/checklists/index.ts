export * from './definition';
export * from './definition-helpers';
export * from './registry';
export * from './result';
export * from './summary';
export { surpriseQuestionV1 } from './surprise-question';
export { signallingCardV1 } from './signalling-card';
export { indicatorsV1 } from './indicators';
export { caregiverBurdenV1, distressThermometerV1, spictOutcomeV1, usd4dV1 } from './instruments';
