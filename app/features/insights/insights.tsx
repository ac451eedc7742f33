import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, useLocation } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import {
  CheckboxField,
  FormErrorSummary,
  FormScope,
  SelectField,
  TextField,
} from '~/components/form';
import { INSIGHT_KINDS, labelOf } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { sessionName } from '~/features/sessions/session-list';
import { listSessions } from '~/features/sessions/sessions.server';
import { deleteInsight } from '~/features/steps/step-5.server';
import { editTokenSchema, recordIdSchema } from '~/features/steps/step-5-schemas';
import { formatCalendarDate } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/insights';
import { groupByTheme } from './insight-groups';
import { BOARD_LIMITS, boardInsightSchema, INSIGHT_SOURCES } from './insight-schema';
import {
  type BoardInsight,
  createBoardInsight,
  isPlanSession,
  listBoardInsights,
  markInsightReportBack,
  updateBoardInsight,
} from './insights.server';
import { possibleNames } from './quote-names';
import './insights.css';

const INTENTS = {
  create: 'inzicht-toevoegen',
  edit: 'inzicht-wijzigen',
  mark: 'terugkoppelen',
  remove: 'inzicht-verwijderen',
} as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const insights = await listBoardInsights(db, scope);
  const sessions = await listSessions(db, scope);
  const url = new URL(request.url);
  const removeId = url.searchParams.get('verwijder');
  const editId = url.searchParams.get('wijzig');
  if (removeId && !insights.some((i) => i.id === removeId)) notFound();
  if (editId && !insights.some((i) => i.id === editId)) notFound();
  return {
    plan: { id: plan.id, title: plan.title },
    insights,
    sessions: sessions.map((s) => ({
      id: s.id,
      name: `${sessionName(s)}, ${formatCalendarDate(s.date)}`,
    })),
    removeId,
    editId,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const boardUrl = `/plannen/${scope.planId}/inzichten`;

  if (intent === INTENTS.create || intent === INTENTS.edit) {
    const parsed = parseForm(boardInsightSchema, formData);
    // Unticked boxes are not posted; keep them unticked when the form comes back.
    const values = { noName: '', reportBack: '', ...parsed.values };
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values }, { status: 400 });
    const input = parsed.data;
    const errors: Record<string, string> = {};
    const names = possibleNames(input.quote);
    if (names.length > 0 && !input.noName) {
      errors.quote = `Staat er een naam in het citaat (${names.map((n) => `‘${n}’`).join(', ')})? Haal namen van ouders en kinderen weg. Is het geen naam? Vink dan hieronder aan dat er geen naam in staat.`;
    }
    const sessionId =
      input.sourceKind === 'bijeenkomst' && input.sessionId ? input.sessionId : null;
    if (sessionId && !(await isPlanSession(db, { ...scope, sessionId }))) {
      errors.sessionId = 'Kies een bijeenkomst uit de lijst.';
    }
    if (Object.keys(errors).length > 0) return data({ intent, errors, values }, { status: 400 });

    const fields = {
      kind: input.kind,
      text: input.text,
      theme: input.theme,
      quote: input.quote,
      sourceKind: input.sourceKind,
      sourceText: input.sourceText,
      sessionId,
      reportBack: input.reportBack,
    };
    if (intent === INTENTS.edit) {
      const { id } = recordId(formData);
      const token = parseForm(editTokenSchema, formData);
      const saved =
        token.ok &&
        (await updateBoardInsight(db, {
          ...scope,
          insightId: id,
          updatedAt: token.data.updatedAt,
          fields,
        }));
      if (!saved) {
        return data(
          {
            intent,
            errors: {
              form: 'Iemand anders heeft dit inzicht net gewijzigd of verwijderd. Je tekst staat hieronder nog. Open het inzicht opnieuw en zet je wijziging er weer in.',
            },
            values,
          },
          { status: 409 },
        );
      }
      return redirectWithFlash(request, `${boardUrl}#inzicht-${id}`, {
        kind: 'ok',
        text: 'Het inzicht is gewijzigd.',
      });
    }
    const id = await createBoardInsight(db, { ...scope, fields });
    return redirectWithFlash(request, `${boardUrl}#inzicht-${id}`, {
      kind: 'ok',
      text: 'Het inzicht staat op het bord.',
    });
  }

  if (intent === INTENTS.mark) {
    const { id } = recordId(formData);
    const reportBack = formData.get('reportBack') === 'ja';
    await markInsightReportBack(db, { ...scope, insightId: id, reportBack });
    return redirectWithFlash(request, `${boardUrl}#inzicht-${id}`, {
      kind: 'ok',
      text: reportBack
        ? 'Gemarkeerd: dit inzicht koppel je terug aan de ouders (stap 6).'
        : 'Dit inzicht koppel je niet meer terug.',
    });
  }

  if (intent === INTENTS.remove) {
    await deleteInsight(db, { ...scope, insightId: recordId(formData).id });
    return redirectWithFlash(request, boardUrl, { kind: 'ok', text: 'Het inzicht is verwijderd.' });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function recordId(formData: FormData): { id: string } {
  const parsed = recordIdSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) notFound();
  return parsed.data;
}

function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function kindCounts(counts: Record<string, number>): string {
  return INSIGHT_KINDS.filter((k) => counts[k.key])
    .map((k) => `${k.label.toLowerCase()}: ${counts[k.key]}`)
    .join(', ');
}

export default function InsightsBoard({ loaderData }: Route.ComponentProps) {
  const { plan, insights, sessions, removeId, editId } = loaderData;
  const editing = insights.find((i) => i.id === editId);
  const groups = groupByTheme(insights);
  const marked = insights.filter((i) => i.reportBack).length;
  const themes = [...new Set(groups.map((g) => g.theme))];
  // A new key after every page visit empties the form once something was saved.
  const { key: visit } = useLocation();
  return (
    <>
      <title>{`Inzichten – ${plan.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={`/plannen/${plan.id}/stap/5`}>Terug naar stap 5: Samenwerken</Link>
      </p>
      <h1>Inzichten</h1>
      <div className="guidance">
        <p>
          Schrijf hier op wat ouders je vertelden: hun ervaringen, wat ze nodig hebben en hun
          ideeën. Zet bij elk inzicht waar je het hoorde en een thema. Dan zie je welke thema’s vaak
          terugkomen.
        </p>
        <p>
          Een citaat mag, maar zonder namen. Markeer wat je aan de ouders wilt terugvertellen. Dat
          werk je uit in <Link to={`/plannen/${plan.id}/stap/6`}>stap 6: Terugkoppelen</Link>.
        </p>
      </div>

      <p className="ins-summary">
        {insights.length === 0
          ? 'Er staan nog geen inzichten op het bord.'
          : `${countText(insights.length, 'inzicht', 'inzichten')} in ${countText(groups.length, 'thema', 'thema’s')}. ${countText(marked, 'inzicht', 'inzichten')} gemarkeerd om terug te koppelen.`}
      </p>

      {groups.map((group, index) => (
        <section key={group.theme} aria-labelledby={`thema-${index}`} className="ins-group">
          <h2 id={`thema-${index}`}>
            {group.theme} <span className="ins-count">({group.items.length})</span>
          </h2>
          <p className="ins-kinds">{kindCounts(group.counts)}</p>
          <ul className="ins-list">
            {group.items.map((insight) => (
              <InsightCard
                key={insight.id}
                insight={insight}
                planId={plan.id}
                removing={insight.id === removeId}
                editing={insight.id === editId}
                sessions={sessions}
                themes={groups.map((g) => g.theme)}
              />
            ))}
          </ul>
        </section>
      ))}

      {editing ? null : <InsightForm key={visit} sessions={sessions} themes={themes} />}
    </>
  );
}

function sourceText(insight: BoardInsight): string {
  const kind = labelOf(INSIGHT_SOURCES, insight.sourceKind);
  const session =
    insight.sessionTitle !== null && insight.sessionDate
      ? `${insight.sessionTitle || labelOf(INSIGHT_SOURCES, 'bijeenkomst')} op ${formatCalendarDate(insight.sessionDate)}`
      : '';
  const parts = [kind, session, insight.sourceText].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Niet ingevuld';
}

function InsightCard({
  insight,
  planId,
  removing,
  editing,
  sessions,
  themes,
}: {
  insight: BoardInsight;
  planId: string;
  removing: boolean;
  editing: boolean;
  sessions: { id: string; name: string }[];
  themes: string[];
}) {
  const boardUrl = `/plannen/${planId}/inzichten`;
  const short = insight.text.length > 40 ? `${insight.text.slice(0, 40)}…` : insight.text;
  if (editing) {
    return (
      <li id={`inzicht-${insight.id}`} className="ins-card">
        <InsightForm
          sessions={sessions}
          themes={themes}
          insight={insight}
          cancelTo={`${boardUrl}#inzicht-${insight.id}`}
        />
      </li>
    );
  }
  return (
    <li
      id={`inzicht-${insight.id}`}
      className={`panel ins-card ${insight.reportBack ? 'ins-card--marked' : ''}`}
    >
      <p className="ins-card__kind">
        {labelOf(INSIGHT_KINDS, insight.kind)}
        {insight.reportBack ? <span className="ins-mark">Terugkoppelen</span> : null}
      </p>
      <p className="ins-card__text">{insight.text}</p>
      {insight.quote ? <blockquote className="ins-quote">“{insight.quote}”</blockquote> : null}
      <p className="ins-source">
        <span>Bron:</span> {sourceText(insight)}
      </p>
      {removing ? (
        <ConfirmRemoval
          title="Wil je dit inzicht verwijderen?"
          text="Het is daarna echt weg."
          intent={INTENTS.remove}
          id={insight.id}
          formAction={boardUrl}
          confirmLabel="Ja, verwijder het inzicht"
          cancelTo={`${boardUrl}#inzicht-${insight.id}`}
        />
      ) : (
        <div className="ins-actions no-print">
          <Form method="post">
            <input type="hidden" name="intent" value={INTENTS.mark} />
            <input type="hidden" name="id" value={insight.id} />
            <input type="hidden" name="reportBack" value={insight.reportBack ? 'nee' : 'ja'} />
            <Button type="submit" appearance="secondary-action-button">
              {insight.reportBack ? 'Niet meer terugkoppelen' : 'Markeer om terug te koppelen'}
              <span className="visually-hidden">: {short}</span>
            </Button>
          </Form>
          <Link to={`${boardUrl}?wijzig=${insight.id}#inzicht-${insight.id}`}>
            Wijzigen<span className="visually-hidden">: {short}</span>
          </Link>
          <Link to={`${boardUrl}?verwijder=${insight.id}#inzicht-${insight.id}`}>
            Verwijderen<span className="visually-hidden">: {short}</span>
          </Link>
        </div>
      )}
    </li>
  );
}

function InsightForm({
  sessions,
  themes,
  insight,
  cancelTo,
}: {
  sessions: { id: string; name: string }[];
  themes: string[];
  insight?: BoardInsight;
  cancelTo?: string;
}) {
  const intent = insight ? INTENTS.edit : INTENTS.create;
  return (
    <FormScope
      intent={intent}
      defaults={
        insight
          ? {
              kind: insight.kind,
              text: insight.text,
              theme: insight.theme,
              quote: insight.quote,
              sourceKind: insight.sourceKind,
              sessionId: insight.sessionId ?? '',
              sourceText: insight.sourceText,
            }
          : {}
      }
    >
      <Form
        method="post"
        // Posting to the edit address brings the edit form back with an error and the values.
        action={insight ? `?wijzig=${insight.id}` : undefined}
        className={`panel no-print ${insight ? '' : 'ins-form'}`}
        id={insight ? undefined : 'inzicht-toevoegen'}
      >
        {insight ? <h3>Inzicht wijzigen</h3> : <h2>Inzicht toevoegen</h2>}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {insight ? (
          <>
            <input type="hidden" name="id" value={insight.id} />
            <input type="hidden" name="updatedAt" value={insight.updatedAt} />
          </>
        ) : null}
        <SelectField
          name="kind"
          label="Wat voor inzicht is het?"
          required
          placeholder="Kies"
          options={INSIGHT_KINDS.map((k) => ({ value: k.key, label: k.label }))}
        />
        <TextField
          name="text"
          label="Wat hoorde je?"
          description="In je eigen woorden. Bijvoorbeeld: ouders weten niet waar ze met vragen over geld terecht kunnen."
          required
          rows={3}
          maxLength={BOARD_LIMITS.text}
        />
        <TextField
          name="theme"
          label="Thema"
          description={
            themes.length > 0
              ? `Bijvoorbeeld een thema dat er al is: ${themes.slice(0, 5).join(', ')}.`
              : 'Een of twee woorden, bijvoorbeeld: geld, school, buitenspelen.'
          }
          maxLength={BOARD_LIMITS.theme}
        />
        <TextField
          name="quote"
          label="Citaat"
          description="Wat een ouder letterlijk zei. Schrijf er geen namen in."
          rows={2}
          maxLength={BOARD_LIMITS.quote}
        />
        <CheckboxField
          name="noName"
          label="Er staat geen naam in het citaat"
          defaultChecked={Boolean(insight?.quote)}
        />
        <SelectField
          name="sourceKind"
          label="Waar hoorde je het?"
          required
          placeholder="Kies"
          options={INSIGHT_SOURCES.map((s) => ({ value: s.key, label: s.label }))}
        />
        {sessions.length > 0 ? (
          <SelectField
            name="sessionId"
            label="Welke bijeenkomst?"
            description="Alleen als je het op een bijeenkomst hoorde."
            placeholder="Geen"
            options={sessions.map((s) => ({ value: s.id, label: s.name }))}
          />
        ) : null}
        <TextField
          name="sourceText"
          label="Meer over de bron"
          description="Bijvoorbeeld: bezoek aan het koffie-uur bij de moskee, of de vragenlijst over spelen."
          maxLength={BOARD_LIMITS.sourceText}
        />
        <CheckboxField
          name="reportBack"
          label="Dit wil ik terugkoppelen aan de ouders"
          defaultChecked={insight?.reportBack ?? false}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {insight ? 'Wijziging opslaan' : 'Inzicht toevoegen'}
          </Button>
          {cancelTo ? <Link to={cancelTo}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}
