/** Reading Consent resources: treatment directives, the written euthanasia declaration, consent to share. */
import { v5 as uuidV5 } from 'uuid';
import { z } from 'zod';
import {
  TREATMENT_LIMIT_FIELDS,
  type OtherLimit,
  type TreatmentDecision,
  type TreatmentLimit,
  type TreatmentLimitKind,
} from '../care-plan';
import {
  CONSENT_CATEGORY,
  CONSENT_SCOPE,
  EXTENSIONS,
  ICD_DEACTIVATION_SNOMED,
  LIVING_WILL_TYPE_SYSTEM,
  PATIENT_WORD,
  SHARE_RECIPIENTS,
  SNOMED,
  TREATMENT_DIRECTIVE_CATEGORY,
  TREATMENT_LIMIT_CODES,
} from './codes';
import { fitted, keepNewest, personName, report, type ImportContext } from './import-context';
import {
  codesOf,
  dateOf,
  type AnyResource,
  type Concept,
  type ConsentResource,
  type FhirReference,
  type Provision,
} from './import-schemas';

/**
 * The limits by their SNOMED CT code. ICD deactivation only by the one code the guide names for it
 * (Consent.fsh: 400231000146108, in a coding or in the text): a text that merely mentions an ICD or a
 * defibrillator ("Plaatsing nieuwe ICD") is a limit of its own, never an agreement to switch one off.
 */
const LIMIT_BY_CODE = new Map<string, TreatmentLimitKind>([
  ...Object.entries(TREATMENT_LIMIT_CODES).map(([kind, coding]): [string, TreatmentLimitKind] => [
    coding.code ?? '',
    kind as TreatmentLimitKind,
  ]),
  [ICD_DEACTIVATION_SNOMED, 'icdUitzetten'],
]);
/** specificationOther values that mean "no decision": onbekend, niet besproken, nog geen besluit genomen. */
const UNKNOWN_TEXT =
  /^\s*(onbekend|niet besproken|nee,? nog geen besluit genomen|nog geen besluit genomen)\s*$/i;
/**
 * The other kinds of written declaration in WilsverklaringTypeCodelijst (zib AdvanceDirective, Nictiz
 * CodeSystem 2.16.840.1.113883.2.4.3.11.60.40.4.14.1): DO, LW, MON, NR, VERB, VERBVL, VOL, ZB.
 */
const OTHER_LIVING_WILLS = new Set(['DO', 'LW', 'MON', 'NR', 'VERB', 'VERBVL', 'VOL', 'ZB']);
/** Other limits get an id from their resource; a stable one when the resource has none that fits. */
const IMPORT_NAMESPACE = 'a3f0c7de-8c55-4d0e-9f43-6f1c0e3b2d71';

type Kind = 'treatmentDirective' | 'advanceDirective' | 'share' | 'unknown';

function kindOf(consent: ConsentResource): Kind {
  const scope = codesOf(consent.scope, CONSENT_SCOPE);
  const categories = (consent.category ?? []).flatMap((category) => [
    ...codesOf(category, SNOMED),
    ...codesOf(category, CONSENT_CATEGORY),
  ]);
  const profiles = consent.meta?.profile ?? [];
  if (scope.includes('treatment') || categories.includes(TREATMENT_DIRECTIVE_CATEGORY))
    return 'treatmentDirective';
  if (profiles.some((profile) => profile.includes('TreatmentDirective'))) return 'treatmentDirective';
  if (scope.includes('adr') || categories.includes('acd')) return 'advanceDirective';
  if (scope.includes('patient-privacy')) return 'share';
  return 'unknown';
}

type Treatment = { kind: TreatmentLimitKind } | { kind: 'anders'; text: string };

function treatmentOf(code: Concept | undefined): Treatment | undefined {
  for (const value of codesOf(code, SNOMED)) {
    const kind = LIMIT_BY_CODE.get(value);
    if (kind !== undefined) return { kind };
  }
  const text = code?.text?.trim() ?? '';
  if (text === '') return undefined;
  if (text.includes(ICD_DEACTIVATION_SNOMED)) return { kind: 'icdUitzetten' };
  // Any other named treatment (NullFlavor OTH, or a code we do not know) is a limit of its own: "anders".
  return { kind: 'anders', text };
}

const valueOf = (consent: ConsentResource, url: string) =>
  [...(consent.modifierExtension ?? []), ...(consent.extension ?? [])].find((ext) => ext.url === url)
    ?.valueString;

/**
 * The decision: permit or deny, or in words (specificationOther) when it is neither ("ja, maar met
 * beperkingen", onbekend). Never both: the zib forbids it (zib-TreatmentDirective2-2, whose check
 * validators miss because of a misspelt URL), and reading either one would drop the other, such as a
 * "niet reanimeren" that holds only at home. Such a directive is not read.
 */
function decisionOf(
  consent: ConsentResource,
): { decision: TreatmentDecision; comment: string } | { conflict: true } {
  const comment = valueOf(consent, EXTENSIONS.comment)?.trim() ?? '';
  const type = consent.provision?.type;
  const specification = valueOf(consent, EXTENSIONS.specificationOther);
  if (type !== undefined && specification !== undefined) return { conflict: true };
  // The ICD limit never carries a deny (the guide maps none to it), so a deny is read only where allowed.
  if (type === 'permit') return { decision: 'wel', comment };
  if (type === 'deny') return { decision: 'niet', comment };
  const text = specification?.trim() ?? '';
  if (text === '' || UNKNOWN_TEXT.test(text)) return { decision: 'onbekend', comment };
  return { decision: 'anders', comment: [text, comment].filter(Boolean).join('\n') };
}

function otherLimitId(consent: ConsentResource, fullUrl: string): string {
  const id = consent.id ?? '';
  return z.uuid().safeParse(id).success ? id : uuidV5(fullUrl, IMPORT_NAMESPACE);
}

/** A party to the agreement: the patient as "patiënt" (as Tijdig writes it), others by name. */
function partyName(
  context: ImportContext,
  reference: FhirReference | undefined,
  container: AnyResource,
): string | undefined {
  const target = context.resolve(reference, container);
  if (target?.resourceType === 'Patient') {
    const display = reference?.display?.trim() ?? '';
    return PATIENT_WORD.test(display) ? display : 'patiënt';
  }
  return personName(context, reference, container);
}

function readTreatmentDirective(
  context: ImportContext,
  consent: ConsentResource,
  path: string,
  fullUrl: string,
  resource: AnyResource,
) {
  const unknownModifier = (consent.modifierExtension ?? []).find(
    (ext) => ext.url !== EXTENSIONS.specificationOther,
  );
  // A modifier extension changes the meaning of the resource: one we do not know means we may not read it.
  if (unknownModifier !== undefined) {
    report(context, 'Consent', `${path}.modifierExtension`, 'modifierExtension.unknown');
    return;
  }
  const treatment = treatmentOf(consent.provision?.code?.[0]);
  if (treatment === undefined) {
    report(context, 'Consent', `${path}.provision.code`, 'code.unknown');
    return;
  }
  const withWhom = (consent.provision?.actor ?? [])
    .flatMap((actor) => partyName(context, actor.reference, resource) ?? [])
    .join(', ');
  const decision = decisionOf(consent);
  if ('conflict' in decision) {
    report(context, 'Consent', `${path}.provision.type`, 'decision.conflict');
    return;
  }
  if (treatment.kind === 'icdUitzetten' && decision.decision === 'niet') {
    report(context, 'Consent', `${path}.provision.type`, 'decision.notAllowed');
    return;
  }
  const limit: TreatmentLimit = {
    decision: decision.decision,
    comment: fitted(context, decision.comment, 1000, 'Consent', `${path}.extension`),
    dateDiscussed: dateOf(consent.dateTime),
    withWhom: fitted(context, withWhom, 200, 'Consent', `${path}.provision.actor`),
  };
  if (treatment.kind === 'anders') {
    const text = fitted(context, treatment.text, 200, 'Consent', `${path}.provision.code`);
    const other: OtherLimit = { ...limit, id: otherLimitId(consent, fullUrl), text };
    context.plan.otherLimits = [...(context.plan.otherLimits ?? []), other];
    return;
  }
  const field = TREATMENT_LIMIT_FIELDS[treatment.kind];
  if (isContradiction(context, field, limit, path)) return;
  if (keepNewest(context, field, 'Consent', path, limit.dateDiscussed)) context.plan[field] = limit;
}

/**
 * Two directives on one limit that decide differently, without dates that tell which came later (one has
 * none, or both the same day): reading either would be a guess about "niet reanimeren" or its opposite, so
 * neither is read, and both are reported. A later directive on the same limit is then not read either.
 */
function isContradiction(
  context: ImportContext,
  field: string,
  limit: TreatmentLimit,
  path: string,
): boolean {
  if (context.contradicted.has(field)) {
    report(context, 'Consent', path, 'decision.contradicts');
    return true;
  }
  const earlier = context.plan[field as keyof typeof context.plan] as TreatmentLimit | undefined;
  const source = context.sources.get(field);
  if (earlier === undefined || source === undefined || earlier.decision === limit.decision) return false;
  const isOrdered =
    earlier.dateDiscussed !== null &&
    limit.dateDiscussed !== null &&
    earlier.dateDiscussed !== limit.dateDiscussed;
  if (isOrdered) return false;
  context.contradicted.add(field);
  context.sources.delete(field);
  const { [field as keyof typeof context.plan]: _dropped, ...rest } = context.plan;
  context.plan = rest;
  report(context, source.resourceType, source.path, 'decision.contradicts');
  report(context, 'Consent', path, 'decision.contradicts');
  return true;
}

/**
 * A written euthanasia declaration (EU/EUD) says the patient has one. Its details (date, document,
 * representative, comment) have no place in the plan and are reported as not read. Any other written
 * declaration (a niet-reanimerenverklaring, a behandelverbod, a volmacht, …) is reported by its kind: the
 * plan has no place for it, and its content is in the document, not in the Bundle, so it is never read as
 * a limit; the report names it so the reader looks at the document itself.
 */
function readAdvanceDirective(context: ImportContext, consent: ConsentResource, path: string) {
  const types = (consent.provision?.code ?? []).flatMap((code) => codesOf(code, LIVING_WILL_TYPE_SYSTEM));
  if (!types.includes('EU') && !types.includes('EUD')) {
    const kind = types.find((type) => OTHER_LIVING_WILLS.has(type));
    report(context, 'Consent', `${path}.provision.code`, kind ? `livingWill.${kind}` : 'code.unknown');
    return;
  }
  context.hasEuthanasiaDeclaration = true;
  if (consent.dateTime !== undefined) report(context, 'Consent', `${path}.dateTime`, 'element.notRead');
  if (valueOf(consent, EXTENSIONS.comment) !== undefined)
    report(context, 'Consent', `${path}.extension`, 'element.notRead');
  if ((consent.provision?.actor ?? []).length > 0)
    report(context, 'Consent', `${path}.provision.actor`, 'element.notRead');
}

function recipientOf(provision: Provision): 'hap' | 'ambulance' | undefined {
  for (const actor of provision.actor ?? []) {
    const value = actor.reference?.identifier?.value;
    const display = actor.reference?.display ?? '';
    if (value === SHARE_RECIPIENTS.hap.value || /huisartsenpost|\bHAP\b/i.test(display)) return 'hap';
    if (value === SHARE_RECIPIENTS.ambulance.value || /ambulance/i.test(display)) return 'ambulance';
  }
  return undefined;
}

function readShareConsent(context: ImportContext, consent: ConsentResource, path: string) {
  const share = {
    hap: null,
    ambulance: null,
    date: dateOf(consent.dateTime),
    ...context.plan.consentToShare,
  };
  (consent.provision?.provision ?? []).forEach((provision, index) => {
    const recipient = recipientOf(provision);
    if (recipient === undefined || (provision.type !== 'permit' && provision.type !== 'deny')) {
      report(context, 'Consent', `${path}.provision.provision[${index}]`, 'recipient.unknown');
      return;
    }
    share[recipient] = provision.type === 'permit' ? 'yes' : 'no';
  });
  context.plan.consentToShare = share;
}

/** Reads one Consent into the plan, or reports why it cannot; returns the elements read beyond Consent's. */
export function readConsent(
  context: ImportContext,
  consent: ConsentResource,
  path: string,
  fullUrl: string,
  resource: AnyResource,
): string[] {
  switch (kindOf(consent)) {
    case 'treatmentDirective': {
      readTreatmentDirective(context, consent, path, fullUrl, resource);
      return [];
    }
    case 'advanceDirective': {
      readAdvanceDirective(context, consent, path);
      return [];
    }
    case 'share': {
      readShareConsent(context, consent, path);
      return [];
    }
    case 'unknown': {
      report(context, 'Consent', path, 'consent.unknownKind');
      return [];
    }
  }
}
