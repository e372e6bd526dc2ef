/** The shape of the Dutch texts, from which every translation key is typed (see i18next.d.ts). */
import type lockSettingNl from './lazy/lockSetting.nl.json';
import type markingHistoryNl from './lazy/markingHistory.nl.json';
import type duplicateWarningNl from './lazy/duplicateWarning.nl.json';
import type accountNl from './lazy/account.nl.json';
import type carePlanNl from './lazy/carePlan.nl.json';
import type checklistsNl from './lazy/checklists.nl.json';
import type deviceTakenNl from './lazy/deviceTaken.nl.json';
import type handoverNl from './lazy/handover.nl.json';
import type lockScreenNl from './lazy/lockScreen.nl.json';
import type mdoAgendaNl from './lazy/mdoAgenda.nl.json';
import type mdoMeetingNl from './lazy/mdoMeeting.nl.json';
import type mdoMeetingsNl from './lazy/mdoMeetings.nl.json';
import type mdoSpecialistNl from './lazy/mdoSpecialist.nl.json';
import type namensNl from './lazy/namens.nl.json';
import type overviewNl from './lazy/overview.nl.json';
import type settingsNl from './lazy/settings.nl.json';
import type signOutDialogNl from './lazy/signOutDialog.nl.json';
import type syncPageNl from './lazy/syncPage.nl.json';
import type lockNl from './lock.nl.json';
import type markingNl from './marking.nl.json';
import type nl from './nl.json';
import type syncNl from './sync.nl.json';

/** The texts bundled with the first load, one file per feature under its key. */
export type BundledTexts = typeof nl & {
  marking: typeof markingNl;
  sync: typeof syncNl;
  lock: typeof lockNl;
};

/** The texts of pages that load on demand (`lazy/<key>.<lang>.json`), each under its key. */
export interface PageTexts {
  duplicateWarning: typeof duplicateWarningNl;
  markingHistory: typeof markingHistoryNl;
  lockSetting: typeof lockSettingNl;
  account: typeof accountNl;
  carePlan: typeof carePlanNl;
  checklists: typeof checklistsNl;
  deviceTaken: typeof deviceTakenNl;
  handover: typeof handoverNl;
  lockScreen: typeof lockScreenNl;
  mdoAgenda: typeof mdoAgendaNl;
  mdoMeeting: typeof mdoMeetingNl;
  mdoMeetings: typeof mdoMeetingsNl;
  mdoSpecialist: typeof mdoSpecialistNl;
  namens: typeof namensNl;
  overview: typeof overviewNl;
  settings: typeof settingsNl;
  signOutDialog: typeof signOutDialogNl;
  syncPage: typeof syncPageNl;
}

export type DutchTexts = BundledTexts & PageTexts;
