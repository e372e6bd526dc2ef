import { describe, expect, it, vi } from 'vitest';
import type { FieldIssue } from '../db';
import {
  errorProps,
  failureKey,
  fieldsOf,
  issueCodeOf,
  issueCodesByField,
  setFieldIssues,
} from './write-errors';

const ISSUES: FieldIssue[] = [
  { field: 'date', code: 'date.future' },
  { field: 'members.2.name', code: 'required' },
  { field: 'date', code: 'required' },
  { field: 'markedBy', code: 'required' },
];

describe('write errors', () => {
  it.each([
    ['quota', undefined, 'storage.quota'],
    ['storage', undefined, 'storage.storage'],
    ['notFound', undefined, 'storage.storage'],
    ['notFound', 'mdoMeetings.errors.notFound', 'mdoMeetings.errors.notFound'],
    ['invalid', undefined, 'errors.invalid'],
  ] as const)('names a %s failure (notFound as %s) by %s', (kind, notFoundKey, key) => {
    expect(failureKey(kind, notFoundKey)).toBe(key);
  });

  it('names a refusal by the key the caller gives, where its fields are not shown', () => {
    expect(failureKey('invalid', 'mdoMeetings.errors.notFound', 'mdoMeetings.errors.notFound')).toBe(
      'mdoMeetings.errors.notFound',
    );
  });

  it('gives the first code of a field, or nothing for a field without issues', () => {
    expect(issueCodeOf(ISSUES, 'date')).toBe('date.future');
    expect(issueCodeOf(ISSUES, 'surprise')).toBeUndefined();
  });

  it('collects the first code per field, under the name the form uses, leaving out fields it lacks', () => {
    expect(issueCodesByField(ISSUES)).toEqual({
      date: 'date.future',
      'members.2.name': 'required',
      markedBy: 'required',
    });
    const lastPart = (field: string) =>
      field.startsWith('members.') ? (field.split('.').at(-1) ?? null) : null;
    expect(issueCodesByField(ISSUES, lastPart)).toEqual({ name: 'required' });
  });

  it("sets each issue on the react-hook-form field it belongs to, and none on fields the form doesn't have", () => {
    const setError = vi.fn();
    setFieldIssues(setError, ISSUES, fieldsOf({ date: '', markedBy: '' }), { shouldFocus: true });
    expect(setError.mock.calls).toEqual([
      ['date', { message: 'date.future' }, { shouldFocus: true }],
      ['date', { message: 'required' }, { shouldFocus: true }],
      ['markedBy', { message: 'required' }, { shouldFocus: true }],
    ]);
  });

  it("gives a field's error code with its message in words, and nothing for a field without error", () => {
    const messageOf = (code: string) => `Melding voor ${code}`;
    expect(errorProps('required', messageOf)).toEqual({
      errorCode: 'required',
      errorMessage: 'Melding voor required',
    });
    expect(errorProps(undefined, messageOf)).toEqual({});
  });
});
