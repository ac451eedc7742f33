import { languageName } from '~/features/insights/languages';
import type { Column } from '~/features/spreadsheets/sheet';
import { formatDateTime } from '~/lib/dates';
import type { StoredResponse } from './questionnaires.server';
import { answerLabel, type Question } from './questions';

/** One row per filled-in questionnaire, one column per question, for CSV and XLSX. */
export function responseColumns(
  questions: Question[],
): Column<StoredResponse & { number: number }>[] {
  return [
    { header: 'Nummer', value: (r) => r.number },
    { header: 'Ingevuld op', value: (r) => formatDateTime(r.createdAt) },
    { header: 'Hoe', value: (r) => (r.source === 'papier' ? 'Op papier' : 'Online') },
    { header: 'Taal', value: (r) => languageName(r.language) },
    ...questions.map((question, index) => ({
      header: `${index + 1}. ${question.text}`,
      value: (r: StoredResponse) => {
        const value = r.answers.get(question.id);
        return value === undefined ? '' : answerLabel(question, value);
      },
    })),
    { header: 'Contact (met toestemming)', value: (r) => r.contact, keepAsText: true },
  ];
}
