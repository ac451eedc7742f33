import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, useLocation } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import {
  EditConflictNotice,
  HiddenToken,
  KeepStoredLink,
  SAVE_MINE,
  useEditConflict,
} from '~/components/edit-conflict';
import {
  CheckboxField,
  FormErrorSummary,
  FormScope,
  SelectField,
  TextField,
} from '~/components/form';
import { listBoardInsights } from '~/features/insights/insights.server';
import { FEEDBACK_CHANNELS, INSIGHT_KINDS, labelOf, STEPS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { answerUnsavedEdit } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/step-6';
import { editTokenSchema, recordIdSchema } from './step-5-schemas';
import {
  createFeedbackAction,
  deleteFeedbackAction,
  type FeedbackAction,
  type FeedbackActionFields,
  listFeedbackActions,
  markFeedbackActionDone,
  updateFeedbackAction,
} from './step-6.server';
import { FEEDBACK_LIMITS, feedbackActionSchema } from './step-6-schemas';
import { RecordLinks } from './step-parts-1256';
import { saveStepStatus } from './step-status.server';
import { STEP_STATUS_INTENT, StepStatusForm } from './step-status-form';
import './steps-1256.css';

const STEP = STEPS[5];

const INTENTS = {
  create: 'terugkoppeling-nieuw',
  edit: 'terugkoppeling-wijzig',
  done: 'terugkoppeling-gedaan',
  remove: 'terugkoppeling-verwijderen',
} as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const actions = await listFeedbackActions(db, scope);
  const marked = (await listBoardInsights(db, scope)).filter((i) => i.reportBack);
  const url = new URL(request.url);
  const from = marked.find((i) => i.id === url.searchParams.get('van'));
  const editId = url.searchParams.get('wijzig');
  const removeId = url.searchParams.get('verwijder');
  const known = new Set(actions.map((a) => a.id));
  if ((editId && !known.has(editId)) || (removeId && !known.has(removeId))) notFound();
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      status: plan.status,
      stepStatus: plan.steps[STEP.number],
    },
    actions,
    marked: marked.map((i) => ({ id: i.id, kind: i.kind, text: i.text, theme: i.theme })),
    prefill: from
      ? { heard: from.text, what: from.theme ? `Over ${from.theme.toLowerCase()}` : '' }
      : undefined,
    editId,
    removeId,
    today: todayInAmsterdam(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await loadPlanContext(request, params.planId);
  const { db, scope } = ctx;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const stepUrl = `/plannen/${scope.planId}/stap/${STEP.number}`;

  if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, STEP.number, formData);

  if (intent === INTENTS.create || intent === INTENTS.edit) {
    const parsed = parseForm(feedbackActionSchema, formData);
    // An unticked box is not posted; keep it unticked instead of showing the saved state.
    const values = { done: '', ...parsed.values };
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values }, { status: 400 });
    if (!parsed.data.done && parsed.data.doneOn !== '') {
      return data(
        {
          intent,
          errors: { doneOn: 'Vink ‘gedaan’ aan, of maak deze datum leeg.' },
          values,
        },
        { status: 400 },
      );
    }
    // "Done" is about the parents having heard back, so it cannot lie in the future.
    if (parsed.data.done && parsed.data.doneOn > todayInAmsterdam()) {
      return data(
        {
          intent,
          errors: {
            doneOn: 'Deze datum ligt in de toekomst. Vink ‘gedaan’ pas aan als het gebeurd is.',
          },
          values,
        },
        { status: 400 },
      );
    }
    const fields = feedbackFields(parsed.data);
    if (intent === INTENTS.create) {
      const id = await createFeedbackAction(db, { ...scope, fields });
      return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
        kind: 'ok',
        text: 'De terugkoppeling staat in je lijst.',
      });
    }
    const { id } = recordId(formData);
    const token = parseForm(editTokenSchema, formData);
    if (!token.ok) return data({ intent, errors: token.errors, values }, { status: 400 });
    const result = await updateFeedbackAction(db, {
      ...scope,
      feedbackActionId: id,
      updatedAt: token.data.updatedAt,
      fields,
    });
    if (!result.ok) {
      const answer = await answerUnsavedEdit(result, {
        intent,
        values,
        mine: fields,
        labels: FEEDBACK_LABELS,
        show: shownFeedback,
        stored: async () => (await listFeedbackActions(db, scope)).find((a) => a.id === id),
        restore: async () => {
          const newId = await createFeedbackAction(db, { ...scope, fields });
          return redirectWithFlash(request, `${stepUrl}#item-${newId}`, {
            kind: 'warning',
            text: 'Iemand had deze terugkoppeling intussen verwijderd. We hebben hem teruggezet, met jouw wijzigingen. Is hij niet meer nodig? Verwijder hem dan opnieuw.',
          });
        },
      });
      if (answer) return answer;
    }
    return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
      kind: 'ok',
      text: 'De terugkoppeling is gewijzigd.',
    });
  }

  if (intent === INTENTS.done) {
    const { id } = recordId(formData);
    await markFeedbackActionDone(db, {
      ...scope,
      feedbackActionId: id,
      doneOn: todayInAmsterdam(),
    });
    return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
      kind: 'ok',
      text: 'Goed zo: de ouders hebben gehoord wat er met hun inbreng gebeurt.',
    });
  }

  if (intent === INTENTS.remove) {
    await deleteFeedbackAction(db, { ...scope, feedbackActionId: recordId(formData).id });
    return redirectWithFlash(request, `${stepUrl}#terugkoppelingen`, {
      kind: 'ok',
      text: 'De terugkoppeling is verwijderd.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function recordId(formData: FormData): { id: string } {
  const parsed = recordIdSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Ticking "done" without a date means: done today. */
function feedbackFields(parsed: {
  what: string;
  toWhom: string;
  heard: string;
  willDo: string;
  cannotDo: string;
  channel: string;
  plannedOn: string;
  done: boolean;
  doneOn: string;
}): FeedbackActionFields {
  return {
    what: parsed.what,
    toWhom: parsed.toWhom,
    heard: parsed.heard,
    willDo: parsed.willDo,
    cannotDo: parsed.cannotDo,
    channel: parsed.channel,
    plannedOn: parsed.plannedOn,
    done: parsed.done,
    doneOn: parsed.done ? parsed.doneOn || todayInAmsterdam() : null,
  };
}

function progressText(total: number, done: number): string {
  if (total === 0) return 'Je hebt nog geen terugkoppeling gepland.';
  if (total === 1) {
    return done === 1 ? 'Je terugkoppeling is gedaan.' : 'Je terugkoppeling is nog niet gedaan.';
  }
  return `${done} van de ${total} terugkoppelingen ${done === 1 ? 'is' : 'zijn'} gedaan.`;
}

/** yyyy-mm-dd as people type it in the form: dd-mm-jjjj. */
const FEEDBACK_LABELS = {
  what: 'Wat je de ouders vertelt',
  toWhom: 'Aan wie',
  heard: 'Wat we hoorden',
  willDo: 'Wat we ermee doen',
  cannotDo: 'Wat niet lukt, en waarom',
  channel: 'Hoe',
  plannedOn: 'Wanneer',
  done: 'Gedaan',
};

/** A feedback action as the user reads it, to compare two versions. */
function shownFeedback(action: FeedbackActionFields): Record<keyof typeof FEEDBACK_LABELS, string> {
  return {
    what: action.what,
    toWhom: action.toWhom,
    heard: action.heard,
    willDo: action.willDo,
    cannotDo: action.cannotDo,
    channel: labelOf(FEEDBACK_CHANNELS, action.channel),
    plannedOn: action.plannedOn ? formatCalendarDate(action.plannedOn) : '',
    done: action.done
      ? `Ja${action.doneOn ? `, op ${formatCalendarDate(action.doneOn)}` : ''}`
      : 'Nee',
  };
}

function dutchDate(iso: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

export default function Step6({ loaderData }: Route.ComponentProps) {
  const { plan, actions, marked, prefill, editId, removeId, today } = loaderData;
  const stepUrl = `/plannen/${plan.id}/stap/${STEP.number}`;
  const doneCount = actions.filter((a) => a.done).length;
  // A new key after every page visit empties the "add" form once something was saved.
  const { key: visit } = useLocation();
  return (
    <>
      <title>{`Stap 6: ${STEP.title} – ${plan.title} – Ouders in de wijk`}</title>
      <h1>
        Stap {STEP.number}: {STEP.title}
      </h1>

      <div className="guidance no-print">
        <p>
          Ouders willen weten wat er met hun verhalen en ideeën gebeurt. Vertel het ze, ook als het
          nog niet af is of als iets niet lukt.
        </p>
        <p>
          Bedenk op tijd hoe je dat doet, en plan het. Bijvoorbeeld: vertellen op een bijeenkomst,
          een poster bij de school, een bericht via iemand die ouders kennen, of een brief in
          eenvoudige taal.
        </p>
        <p>
          Maak je een poster of een brief? Kijk met de <Link to="/taalcheck">taalcheck</Link> of je
          tekst makkelijk te lezen is.
        </p>
      </div>

      <div className={`s1256-finish no-print ${doneCount > 0 ? 's1256-finish--ok' : ''}`}>
        <p>
          <strong>Een plan is pas af als de ouders iets terug hebben gehoord.</strong> Je kunt het
          plan daarom pas op ‘afgerond’ zetten als minstens één terugkoppeling op ‘gedaan’ staat.
        </p>
        <p>
          {progressText(actions.length, doneCount)}{' '}
          {doneCount > 0 && plan.status === 'actief' ? (
            <Link to={`/plannen/${plan.id}`}>Naar het plan, om het af te ronden</Link>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="gemarkeerd" className="no-print">
        <h2 id="gemarkeerd">Wat je wilt terugkoppelen</h2>
        {marked.length === 0 ? (
          <p>
            Je hebt nog geen inzichten gemarkeerd. Doe dat op het{' '}
            <Link to={`/plannen/${plan.id}/inzichten`}>bord met inzichten</Link>.
          </p>
        ) : (
          <>
            <p>
              Deze inzichten heb je gemarkeerd op het{' '}
              <Link to={`/plannen/${plan.id}/inzichten`}>bord met inzichten</Link>. Maak er een
              terugkoppeling van: wat je hoorde, wat je ermee doet en wat niet lukt.
            </p>
            <ul className="s1256-marked">
              {marked.map((insight) => (
                <li key={insight.id}>
                  <span className="s1256-pre">
                    {labelOf(INSIGHT_KINDS, insight.kind)}
                    {insight.theme ? ` (${insight.theme})` : ''}: {insight.text}
                  </span>{' '}
                  <Link to={`${stepUrl}?van=${insight.id}#terugkoppeling-toevoegen`}>
                    Maak hier een terugkoppeling van
                    <span className="visually-hidden">: {insight.text.slice(0, 40)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link to={`/plannen/${plan.id}/terugkoppeling`}>
            Maak een poster of brief voor de ouders
          </Link>
        </p>
      </section>

      <section aria-labelledby="terugkoppelingen">
        <h2 id="terugkoppelingen" tabIndex={-1}>
          Jouw terugkoppelingen
        </h2>
        {actions.length === 0 ? (
          <p>Er staat nog niets in de lijst.</p>
        ) : (
          <ul className="s1256-list">
            {actions.map((action) => (
              <ActionItem
                key={action.id}
                action={action}
                stepUrl={stepUrl}
                today={today}
                mode={action.id === editId ? 'edit' : action.id === removeId ? 'remove' : 'show'}
              />
            ))}
          </ul>
        )}
        {editId ? (
          <p className="no-print">
            <Link to={`${stepUrl}#terugkoppelingen`}>Stoppen met wijzigen</Link>
          </p>
        ) : (
          <ActionForm
            key={visit}
            intent={INTENTS.create}
            title="Terugkoppeling toevoegen"
            prefill={prefill}
          />
        )}
      </section>

      <section aria-labelledby="stap-status-titel" className="no-print">
        <h2 id="stap-status-titel">Hoe ver ben je?</h2>
        <StepStatusForm status={plan.stepStatus} />
      </section>
    </>
  );
}

function ActionItem({
  action,
  stepUrl,
  today,
  mode,
}: {
  action: FeedbackAction;
  stepUrl: string;
  today: string;
  mode: 'show' | 'edit' | 'remove';
}) {
  const short = action.what.length > 40 ? `${action.what.slice(0, 40)}…` : action.what;
  if (mode === 'edit') {
    return (
      <li id={`item-${action.id}`} className="s1256-item">
        <ActionForm
          intent={INTENTS.edit}
          title="Terugkoppeling wijzigen"
          action={action}
          cancelTo={`${stepUrl}#item-${action.id}`}
        />
      </li>
    );
  }
  const overdue = !action.done && action.plannedOn !== '' && action.plannedOn < today;
  return (
    <li id={`item-${action.id}`} className="s1256-item panel">
      <div className="s1256-item__head">
        <h3 className="s1256-pre">{action.what}</h3>
        <span className={`s1256-done ${action.done ? 's1256-done--yes' : ''}`}>
          {action.done
            ? `Gedaan${action.doneOn ? ` op ${formatCalendarDate(action.doneOn)}` : ''}`
            : 'Nog niet gedaan'}
        </span>
      </div>
      <dl className="s1256-facts">
        {action.heard ? (
          <div>
            <dt>Wat we hoorden</dt>
            <dd className="s1256-pre">{action.heard}</dd>
          </div>
        ) : null}
        {action.willDo ? (
          <div>
            <dt>Wat we ermee doen</dt>
            <dd className="s1256-pre">{action.willDo}</dd>
          </div>
        ) : null}
        {action.cannotDo ? (
          <div>
            <dt>Wat niet lukt, en waarom</dt>
            <dd className="s1256-pre">{action.cannotDo}</dd>
          </div>
        ) : null}
        <div>
          <dt>Hoe</dt>
          <dd>{labelOf(FEEDBACK_CHANNELS, action.channel)}</dd>
        </div>
        {action.toWhom ? (
          <div>
            <dt>Aan wie</dt>
            <dd className="s1256-pre">{action.toWhom}</dd>
          </div>
        ) : null}
        <div>
          <dt>Gepland op</dt>
          <dd>{action.plannedOn ? formatCalendarDate(action.plannedOn) : 'Nog geen datum'}</dd>
        </div>
      </dl>
      {overdue ? (
        <p className="s1256-overdue">
          Deze datum is voorbij. Is het gebeurd? Zet het dan op gedaan.
        </p>
      ) : null}
      {mode === 'remove' ? (
        <ConfirmRemoval
          title="Wil je deze terugkoppeling verwijderen?"
          text="Ze is daarna echt weg."
          intent={INTENTS.remove}
          id={action.id}
          formAction={stepUrl}
          confirmLabel="Ja, verwijder de terugkoppeling"
          cancelTo={`${stepUrl}#item-${action.id}`}
        />
      ) : (
        <div className="s1256-row no-print">
          {action.done ? null : (
            <Form method="post">
              <input type="hidden" name="intent" value={INTENTS.done} />
              <input type="hidden" name="id" value={action.id} />
              <Button type="submit" appearance="secondary-action-button">
                Zet op gedaan<span className="visually-hidden">: {short}</span>
              </Button>
            </Form>
          )}
          <RecordLinks stepUrl={stepUrl} id={action.id} name={short} />
        </div>
      )}
    </li>
  );
}

function ActionForm({
  intent,
  title,
  action,
  cancelTo,
  prefill,
}: {
  intent: string;
  title: string;
  action?: FeedbackAction;
  cancelTo?: string;
  prefill?: Record<string, string>;
}) {
  const conflict = useEditConflict(intent, action?.id);
  return (
    <FormScope
      intent={intent}
      defaults={
        action
          ? {
              what: action.what,
              toWhom: action.toWhom,
              heard: action.heard,
              willDo: action.willDo,
              cannotDo: action.cannotDo,
              channel: action.channel,
              plannedOn: dutchDate(action.plannedOn),
              doneOn: dutchDate(action.doneOn),
            }
          : (prefill ?? {})
      }
    >
      <Form
        method="post"
        className="panel s1256-form no-print"
        id={action ? undefined : 'terugkoppeling-toevoegen'}
      >
        <h3>{title}</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {action ? (
          <>
            <input type="hidden" name="id" value={action.id} />
            <HiddenToken
              intent={intent}
              name="updatedAt"
              loaded={action.updatedAt}
              id={action.id}
            />
          </>
        ) : null}
        <TextField
          name="what"
          label="Wat vertel je de ouders?"
          description="Bijvoorbeeld: wat we hebben gehoord, wat we gaan doen en wat niet lukt."
          required
          rows={3}
          maxLength={FEEDBACK_LIMITS.what}
        />
        <TextField
          name="heard"
          label="Wat hebben we gehoord?"
          description="Wat ouders vertelden, in je eigen woorden. Zonder namen."
          rows={3}
          maxLength={FEEDBACK_LIMITS.heard}
        />
        <TextField
          name="willDo"
          label="Wat gaan we ermee doen?"
          rows={3}
          maxLength={FEEDBACK_LIMITS.willDo}
        />
        <TextField
          name="cannotDo"
          label="Wat lukt niet, en waarom niet?"
          description="Ook dat willen ouders weten. Leg uit waarom het niet kan."
          rows={3}
          maxLength={FEEDBACK_LIMITS.cannotDo}
        />
        <TextField
          name="toWhom"
          label="Aan wie?"
          description="Bijvoorbeeld: de ouders van de spiegelbijeenkomst, of alle ouders van school De Regenboog."
          maxLength={FEEDBACK_LIMITS.toWhom}
        />
        <SelectField
          name="channel"
          label="Hoe laat je het weten?"
          required
          placeholder="Kies hoe"
          options={FEEDBACK_CHANNELS.map((c) => ({ value: c.key, label: c.label }))}
        />
        <TextField
          name="plannedOn"
          label="Wanneer?"
          description="Als dag-maand-jaar, bijvoorbeeld 14-03-2027."
          inputMode="numeric"
          maxLength={FEEDBACK_LIMITS.date}
        />
        <CheckboxField
          name="done"
          label="Gedaan: de ouders hebben het gehoord"
          defaultChecked={action?.done ?? false}
        />
        <TextField
          name="doneOn"
          label="Gedaan op"
          description="Als dag-maand-jaar. Laat je dit leeg en vink je ‘gedaan’ aan? Dan vullen we vandaag in."
          inputMode="numeric"
          maxLength={FEEDBACK_LIMITS.date}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : action ? 'Wijziging opslaan' : 'Terugkoppeling toevoegen'}
          </Button>
          {cancelTo && conflict ? <KeepStoredLink to={cancelTo} /> : null}
          {cancelTo && !conflict ? <Link to={cancelTo}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}
