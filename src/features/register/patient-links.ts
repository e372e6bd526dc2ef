/**
 * The register's links to patients are plain anchors that the list follows in the app with one click
 * listener, instead of a router `Link` per row: a `Link` is five hooks and a click handler of its own,
 * mounted again for every row a scroll step brings into view (7% of a step's render in a profile of
 * list.patients-10k at 4x CPU). The anchors keep their real `href`, so opening one in a new tab, copying
 * it and the keyboard work as with any link.
 */
import { useEffect, type RefObject } from 'react';
import { useHref, useNavigate } from 'react-router';
import type { PatientId } from '../../domain';

/** The attribute that marks a row's link and holds the patient's id (PatientRow writes it). */
const LINK_ATTRIBUTE = 'data-patient-link';

/** The href of a patient's page, for a row's anchor (with the app's base path, as `Link` writes it). */
export function usePatientHref(): (patientId: PatientId) => string {
  const base = useHref('/patienten');
  return (patientId) => `${base}/${patientId}`;
}

/**
 * Follows a click on a patient link inside `container` in the app, as `Link` does: a plain left click
 * only; with a modifier key (a new tab or window) or another button the browser does what it always does.
 */
export function useFollowPatientLinks(container: RefObject<HTMLElement | null>): void {
  const navigate = useNavigate();
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const follow = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest(`a[${LINK_ATTRIBUTE}]`) : null;
      const patientId = link?.getAttribute(LINK_ATTRIBUTE);
      if (!link || !patientId || !element.contains(link)) return;
      event.preventDefault();
      void navigate(`/patienten/${patientId}`);
    };
    element.addEventListener('click', follow);
    return () => {
      element.removeEventListener('click', follow);
    };
  }, [container, navigate]);
}
