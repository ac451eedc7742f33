import { choicesOf, type Question } from './questions';

// Counts per question from the stored answers: every choice (also those nobody chose), how many
// skipped the question, and the open answers as written.

export type QuestionResult = {
  question: Question;
  /** Closed questions: one row per choice, "Ik weet het niet" last. */
  counts: { value: string; label: string; count: number }[];
  /** Open questions: the answers, oldest first. */
  openAnswers: string[];
  answered: number;
  skipped: number;
};

export function countResults(
  questions: Question[],
  responses: { answers: Map<string, string> }[],
): QuestionResult[] {
  return questions.map((question) => {
    const values = responses
      .map((r) => r.answers.get(question.id))
      .filter((v): v is string => v !== undefined && v !== '');
    const counts = choicesOf(question).map((choice) => ({
      value: choice.value,
      label: choice.label,
      count: values.filter((v) => v === choice.value).length,
    }));
    return {
      question,
      counts,
      openAnswers: question.kind === 'open' ? values : [],
      answered: values.length,
      skipped: responses.length - values.length,
    };
  });
}

/** A whole percentage of the answers, for the bar's label. */
export function percentage(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100);
}
