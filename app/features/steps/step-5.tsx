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
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { chooseMethods } from '~/features/methods/choose-methods';
import { INSIGHT_KINDS, labelOf, METHODS, STEPS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { SessionList } from '~/features/sessions/session-list';
import { listSessions } from '~/features/sessions/sessions.server';
import { answerUnsavedEdit } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { type FormResult, parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/step-5';
import { MethodAdvicePanel } from './method-advice';
import { readStepOneAnswers } from './step-1.server';
import {
  createInsight,
  createWorkMethod,
  deleteInsight,
  deleteWorkMethod,
  hasWorkMethod,
  type Insight,
  type InsightFields,
  listInsights,
  listWorkMethods,
  updateInsight,
  updateWorkMethod,
  type WorkMethod,
  type WorkMethodFields,
} from './step-5.server';
import {
  editTokenSchema,
  INSIGHT_LIMITS,
  insightSchema,
  recordIdSchema,
  WORK_METHOD_LIMITS,
  workMethodSchema,
} from './step-5-schemas';
import { RecordLinks } from './step-parts-1256';
import { saveStepStatus } from './step-status.server';
import { STEP_STATUS_INTENT, StepStatusForm } from './step-status-form';
import './steps-1256.css';

const STEP = STEPS[4];

const INTENTS = {
  methodNew: 'werkvorm-nieuw',
  methodEdit: 'werkvorm-wijzig',
  methodRemove: 'werkvorm-verwijderen',
  insightNew: 'inzicht-nieuw',
  insightEdit: 'inzicht-wijzig',
  insightRemove: 'inzicht-verwijderen',
} as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const advice = chooseMethods(readStepOneAnswers(plan));
  const sessions = await listSessions(db, scope);
  const methods = await listWorkMethods(db, scope);
  const insights = await listInsights(db, scope);
  const url = new URL(request.url);
  const editId = url.searchParams.get('wijzig');
  const removeId = url.searchParams.get('verwijder');
  const known = new Set([...methods.map((m) => m.id), ...insights.map((i) => i.id)]);
  if ((editId && !known.has(editId)) || (removeId && !known.has(removeId))) notFound();
  return {
    plan: { id: plan.id, title: plan.title, stepStatus: plan.steps[STEP.number] },
    advice,
    sessions,
    methods,
    insights,
    editId,
    removeId,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await loadPlanContext(request, params.planId);
  const { db, scope } = ctx;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const stepUrl = `/plannen/${scope.planId}/stap/${STEP.number}`;

  if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, STEP.number, formData);

  if (intent === INTENTS.methodNew || intent === INTENTS.methodEdit) {
    const parsed = parseForm(workMethodSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    if (intent === INTENTS.methodNew) {
      const id = await createWorkMethod(db, { ...scope, fields: parsed.data });
      return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
        kind: 'ok',
        text: 'De werkvorm is toegevoegd.',
      });
    }
    const { id } = recordId(formData);
    const token = parseForm(editTokenSchema, formData);
    if (!token.ok) return invalid(intent, { ...token, values: parsed.values });
    const fields = parsed.data;
    const result = await updateWorkMethod(db, {
      ...scope,
      workMethodId: id,
      updatedAt: token.data.updatedAt,
      fields,
    });
    if (!result.ok) {
      const answer = await answerUnsavedEdit(result, {
        intent,
        values: parsed.values,
        mine: fields,
        labels: METHOD_LABELS,
        show: shownMethod,
        stored: async () => (await listWorkMethods(db, scope)).find((m) => m.id === id),
        restore: async () => {
          const newId = await createWorkMethod(db, { ...scope, fields });
          return redirectWithFlash(request, `${stepUrl}#item-${newId}`, {
            kind: 'warning',
            text: 'Iemand had deze werkvorm intussen verwijderd. We hebben hem teruggezet, met jouw wijzigingen. Is hij niet meer nodig? Verwijder hem dan opnieuw.',
          });
        },
      });
      if (answer) return answer;
    }
    return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
      kind: 'ok',
      text: 'De werkvorm is gewijzigd.',
    });
  }

  if (intent === INTENTS.methodRemove) {
    await deleteWorkMethod(db, { ...scope, workMethodId: recordId(formData).id });
    return redirectWithFlash(request, `${stepUrl}#werkvormen`, {
      kind: 'ok',
      text: 'De werkvorm is verwijderd. De inzichten die erbij hoorden, zijn bewaard.',
    });
  }

  if (intent === INTENTS.insightNew || intent === INTENTS.insightEdit) {
    const parsed = parseForm(insightSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    const workMethodId = parsed.data.workMethodId || null;
    if (workMethodId && !(await hasWorkMethod(db, { ...scope, workMethodId }))) {
      return data(
        {
          intent,
          errors: { workMethodId: 'Kies een werkvorm uit de lijst, of kies ‘geen’.' },
          values: parsed.values,
        },
        { status: 400 },
      );
    }
    const fields = { ...parsed.data, workMethodId };
    if (intent === INTENTS.insightNew) {
      const id = await createInsight(db, { ...scope, fields });
      return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
        kind: 'ok',
        text: 'Het inzicht is opgeslagen.',
      });
    }
    const { id } = recordId(formData);
    const token = parseForm(editTokenSchema, formData);
    if (!token.ok) return invalid(intent, { ...token, values: parsed.values });
    const result = await updateInsight(db, {
      ...scope,
      insightId: id,
      updatedAt: token.data.updatedAt,
      fields,
    });
    if (!result.ok) {
      const methods = await listWorkMethods(db, scope);
      const answer = await answerUnsavedEdit(result, {
        intent,
        values: parsed.values,
        mine: fields,
        labels: INSIGHT_LABELS,
        show: (version: InsightFields) => shownInsight(version, methods),
        stored: async () => (await listInsights(db, scope)).find((i) => i.id === id),
        restore: async () => {
          const newId = await createInsight(db, { ...scope, fields });
          return redirectWithFlash(request, `${stepUrl}#item-${newId}`, {
            kind: 'warning',
            text: 'Iemand had dit inzicht intussen verwijderd. We hebben het teruggezet, met jouw wijzigingen. Is het niet meer nodig? Verwijder het dan opnieuw.',
          });
        },
      });
      if (answer) return answer;
    }
    return redirectWithFlash(request, `${stepUrl}#item-${id}`, {
      kind: 'ok',
      text: 'Het inzicht is gewijzigd.',
    });
  }

  if (intent === INTENTS.insightRemove) {
    await deleteInsight(db, { ...scope, insightId: recordId(formData).id });
    return redirectWithFlash(request, `${stepUrl}#inzichten`, {
      kind: 'ok',
      text: 'Het inzicht is verwijderd.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function invalid(intent: string, parsed: Extract<FormResult<unknown>, { ok: false }>) {
  return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
}

const METHOD_LABELS = {
  method: 'Werkvorm',
  whenText: 'Wanneer',
  withWhom: 'Met wie',
  learnGoal: 'Wat willen we leren',
  notes: 'Aantekeningen',
};

/** A work method as the user reads it, to compare two versions. */
function shownMethod(method: WorkMethodFields): Record<keyof typeof METHOD_LABELS, string> {
  return {
    method: labelOf(METHODS, method.method),
    whenText: method.whenText,
    withWhom: method.withWhom,
    learnGoal: method.learnGoal,
    notes: method.notes,
  };
}

const INSIGHT_LABELS = {
  kind: 'Wat voor inzicht',
  text: 'Wat je hoorde of leerde',
  theme: 'Thema',
  workMethod: 'Werkvorm',
};

/** An insight as the user reads it, to compare two versions. */
function shownInsight(
  insight: InsightFields,
  methods: WorkMethod[],
): Record<keyof typeof INSIGHT_LABELS, string> {
  const method = methods.find((m) => m.id === insight.workMethodId);
  return {
    kind: labelOf(INSIGHT_KINDS, insight.kind),
    text: insight.text,
    theme: insight.theme,
    workMethod: method ? methodName(method) : '',
  };
}

/** The id of the record a form is about; a missing or odd id is a record that is not there. */
function recordId(formData: FormData): { id: string } {
  const parsed = recordIdSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) notFound();
  return parsed.data;
}

export default function Step5({ loaderData }: Route.ComponentProps) {
  const { plan, advice, sessions, methods, insights, editId, removeId } = loaderData;
  const stepUrl = `/plannen/${plan.id}/stap/${STEP.number}`;
  const editingMethod = methods.some((m) => m.id === editId);
  const editingInsight = insights.some((i) => i.id === editId);
  // A new key after every page visit empties the "add" forms once something was saved.
  const { key: visit } = useLocation();
  return (
    <>
      <title>{`Stap 5: ${STEP.title} – ${plan.title} – Ouders in de wijk`}</title>
      <h1>
        Stap {STEP.number}: {STEP.title}
      </h1>

      <div className="guidance no-print">
        <p>
          Als ouders je kennen en vertrouwen, kun je samen aan de slag. Vraag naar hun ervaringen,
          wat ze nodig hebben en welke ideeën ze hebben.
        </p>
        <p>
          Kies een manier die past bij deze ouders. Lezen en schrijven is niet voor iedereen
          makkelijk: praten werkt vaak beter dan een formulier. Prik een tijd die ouders uitkomt, en
          denk aan oppas, een tolk en een vergoeding.
        </p>
        <p>
          Schrijf je een uitnodiging of vragen voor ouders? Kijk met de{' '}
          <Link to="/taalcheck">taalcheck</Link> of je tekst makkelijk te lezen is.
        </p>
      </div>

      <MethodAdvicePanel advice={advice} planId={plan.id} />

      <section aria-labelledby="werkvormen">
        <h2 id="werkvormen" tabIndex={-1}>
          Jouw werkvormen
        </h2>
        {methods.length === 0 ? (
          <p>Je hebt nog geen werkvorm gekozen.</p>
        ) : (
          <ul className="s1256-list">
            {methods.map((method) => (
              <MethodItem
                key={method.id}
                method={method}
                stepUrl={stepUrl}
                mode={method.id === editId ? 'edit' : method.id === removeId ? 'remove' : 'show'}
              />
            ))}
          </ul>
        )}
        {editingMethod ? (
          <p className="no-print">
            <Link to={`${stepUrl}#werkvormen`}>Stoppen met wijzigen</Link>
          </p>
        ) : (
          <MethodForm key={visit} intent={INTENTS.methodNew} title="Werkvorm toevoegen" />
        )}
      </section>

      <section aria-labelledby="bijeenkomsten">
        <h2 id="bijeenkomsten">Bijeenkomsten</h2>
        <SessionList planId={plan.id} sessions={sessions} />
        <p className="no-print">
          <Link to={`/plannen/${plan.id}/bijeenkomsten`}>
            {sessions.length === 0
              ? 'Een bijeenkomst plannen'
              : 'Alle bijeenkomsten, of een nieuwe plannen'}
          </Link>
        </p>
      </section>

      <section aria-labelledby="vragenlijsten">
        <h2 id="vragenlijsten">Vragenlijsten</h2>
        <p className="no-print">
          <Link to={`/plannen/${plan.id}/vragenlijsten`}>
            Korte vragenlijsten voor ouders: op de telefoon, op papier en in hun eigen taal
          </Link>
        </p>
      </section>

      <section aria-labelledby="inzichten">
        <h2 id="inzichten" tabIndex={-1}>
          Wat heb je geleerd?
        </h2>
        <p className="s1256-privacy no-print">
          <strong>Let op privacy:</strong> schrijf geen namen of andere dingen op waaraan je een
          ouder kunt herkennen. Schrijf op wat ouders zeiden, niet wie het zei.
        </p>
        <p className="no-print">
          <Link to={`/plannen/${plan.id}/inzichten`}>
            Naar het bord met inzichten: met bron, citaat en per thema geteld
          </Link>
        </p>
        <InsightGroups
          insights={insights}
          methods={methods}
          stepUrl={stepUrl}
          editId={editId}
          removeId={removeId}
        />
        {editingInsight ? (
          <p className="no-print">
            <Link to={`${stepUrl}#inzichten`}>Stoppen met wijzigen</Link>
          </p>
        ) : (
          <InsightForm
            key={visit}
            intent={INTENTS.insightNew}
            title="Inzicht toevoegen"
            methods={methods}
            themes={themeNames(insights)}
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

function methodName(method: Pick<WorkMethod, 'method' | 'whenText'>): string {
  const label = labelOf(METHODS, method.method);
  return method.whenText ? `${label} (${method.whenText})` : label;
}

function MethodItem({
  method,
  stepUrl,
  mode,
}: {
  method: WorkMethod;
  stepUrl: string;
  mode: 'show' | 'edit' | 'remove';
}) {
  const name = labelOf(METHODS, method.method);
  if (mode === 'edit') {
    return (
      <li id={`item-${method.id}`} className="s1256-item">
        <MethodForm
          intent={INTENTS.methodEdit}
          title={`${name} wijzigen`}
          method={method}
          cancelTo={`${stepUrl}#item-${method.id}`}
        />
      </li>
    );
  }
  return (
    <li id={`item-${method.id}`} className="s1256-item panel">
      <h3>{name}</h3>
      <dl className="s1256-facts">
        <Fact term="Wanneer" value={method.whenText} />
        <Fact term="Met wie" value={method.withWhom} />
        <Fact term="Wat we willen leren" value={method.learnGoal} />
        <Fact term="Aantekeningen" value={method.notes} />
      </dl>
      {mode === 'remove' ? (
        <ConfirmRemoval
          title={`Wil je de werkvorm ${name} verwijderen?`}
          text="De inzichten die bij deze werkvorm horen, blijven bewaard."
          intent={INTENTS.methodRemove}
          id={method.id}
          formAction={stepUrl}
          confirmLabel="Ja, verwijder de werkvorm"
          cancelTo={`${stepUrl}#item-${method.id}`}
        />
      ) : (
        <RecordLinks stepUrl={stepUrl} id={method.id} name={methodName(method)} />
      )}
    </li>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  if (!value) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd className="s1256-pre">{value}</dd>
    </div>
  );
}

function MethodForm({
  intent,
  title,
  method,
  cancelTo,
}: {
  intent: string;
  title: string;
  method?: WorkMethod;
  cancelTo?: string;
}) {
  const conflict = useEditConflict(intent, method?.id);
  return (
    <FormScope
      intent={intent}
      defaults={
        method
          ? {
              method: method.method,
              whenText: method.whenText,
              withWhom: method.withWhom,
              learnGoal: method.learnGoal,
              notes: method.notes,
            }
          : {}
      }
    >
      <Form method="post" className="panel s1256-form no-print">
        <h3>{title}</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {method ? (
          <>
            <input type="hidden" name="id" value={method.id} />
            <HiddenToken
              intent={intent}
              name="updatedAt"
              loaded={method.updatedAt}
              id={method.id}
            />
          </>
        ) : null}
        <SelectField
          name="method"
          label="Werkvorm"
          required
          placeholder="Kies een werkvorm"
          options={METHODS.map((m) => ({ value: m.key, label: m.label }))}
        />
        <TextField
          name="whenText"
          label="Wanneer"
          description="Bijvoorbeeld: dinsdag 14 april, na schooltijd."
          maxLength={WORK_METHOD_LIMITS.whenText}
        />
        <TextField
          name="withWhom"
          label="Met wie"
          description="Welke ouders, en wie doet er verder mee? Schrijf geen namen van ouders op."
          rows={2}
          maxLength={WORK_METHOD_LIMITS.withWhom}
        />
        <TextField
          name="learnGoal"
          label="Wat willen we leren?"
          rows={3}
          maxLength={WORK_METHOD_LIMITS.learnGoal}
        />
        <TextField
          name="notes"
          label="Aantekeningen"
          description="Bijvoorbeeld over de plek, oppas, een tolk of een vergoeding."
          rows={3}
          maxLength={WORK_METHOD_LIMITS.notes}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : method ? 'Wijziging opslaan' : 'Werkvorm toevoegen'}
          </Button>
          {cancelTo && conflict ? <KeepStoredLink to={cancelTo} /> : null}
          {cancelTo && !conflict ? <Link to={cancelTo}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}

type ThemeGroup = { theme: string; insights: Insight[] };

/** Insights by theme; themes that differ only in capitals are one theme. No theme comes last. */
function groupByTheme(insights: Insight[]): ThemeGroup[] {
  const groups = new Map<string, ThemeGroup>();
  for (const insight of insights) {
    const key = insight.theme.trim().toLocaleLowerCase('nl');
    const group = groups.get(key) ?? { theme: capitalise(insight.theme.trim()), insights: [] };
    group.insights.push(insight);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (!a.theme || !b.theme) return a.theme ? -1 : b.theme ? 1 : 0;
    return a.theme.localeCompare(b.theme, 'nl');
  });
}

function themeNames(insights: Insight[]): string[] {
  return groupByTheme(insights)
    .map((g) => g.theme)
    .filter(Boolean);
}

const KIND_COUNT_WORDS: Record<Insight['kind'], [string, string]> = {
  ervaring: ['ervaring', 'ervaringen'],
  behoefte: ['behoefte', 'behoeften'],
  idee: ['idee', 'ideeën'],
};

/** "2 ervaringen, 1 idee". */
function countKinds(insights: Insight[]): string {
  return INSIGHT_KINDS.map((kind) => {
    const count = insights.filter((i) => i.kind === kind.key).length;
    const [one, many] = KIND_COUNT_WORDS[kind.key];
    return count > 0 ? `${count} ${count === 1 ? one : many}` : null;
  })
    .filter(Boolean)
    .join(', ');
}

function InsightGroups({
  insights,
  methods,
  stepUrl,
  editId,
  removeId,
}: {
  insights: Insight[];
  methods: WorkMethod[];
  stepUrl: string;
  editId: string | null;
  removeId: string | null;
}) {
  if (insights.length === 0) return <p>Je hebt nog geen inzichten opgeschreven.</p>;
  const groups = groupByTheme(insights);
  return (
    <>
      <p>
        {insights.length === 1 ? '1 inzicht' : `${insights.length} inzichten`} in{' '}
        {groups.length === 1 ? '1 groep' : `${groups.length} groepen`}.
      </p>
      {groups.map((group) => (
        <div key={group.theme || '-'} className="s1256-theme">
          <h3>
            {group.theme || 'Zonder thema'}{' '}
            <span className="s1256-count">
              ({group.insights.length === 1 ? '1 inzicht' : `${group.insights.length} inzichten`}:{' '}
              {countKinds(group.insights)})
            </span>
          </h3>
          <ul className="s1256-list">
            {group.insights.map((insight) => (
              <InsightItem
                key={insight.id}
                insight={insight}
                methods={methods}
                stepUrl={stepUrl}
                themes={themeNames(insights)}
                mode={insight.id === editId ? 'edit' : insight.id === removeId ? 'remove' : 'show'}
              />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function InsightItem({
  insight,
  methods,
  stepUrl,
  themes,
  mode,
}: {
  insight: Insight;
  methods: WorkMethod[];
  stepUrl: string;
  themes: string[];
  mode: 'show' | 'edit' | 'remove';
}) {
  if (mode === 'edit') {
    return (
      <li id={`item-${insight.id}`} className="s1256-item">
        <InsightForm
          intent={INTENTS.insightEdit}
          title="Inzicht wijzigen"
          methods={methods}
          themes={themes}
          insight={insight}
          cancelTo={`${stepUrl}#item-${insight.id}`}
        />
      </li>
    );
  }
  const method = methods.find((m) => m.id === insight.workMethodId);
  const short = insight.text.length > 40 ? `${insight.text.slice(0, 40)}…` : insight.text;
  return (
    <li id={`item-${insight.id}`} className="s1256-item s1256-insight">
      <p className="s1256-insight__head">
        <span className={`s1256-kind s1256-kind--${insight.kind}`}>
          {labelOf(INSIGHT_KINDS, insight.kind)}
        </span>
        {method ? <span className="s1256-insight__source">Uit: {methodName(method)}</span> : null}
      </p>
      <p className="s1256-pre s1256-insight__text">{insight.text}</p>
      {mode === 'remove' ? (
        <ConfirmRemoval
          title="Wil je dit inzicht verwijderen?"
          text="Het is daarna echt weg."
          intent={INTENTS.insightRemove}
          id={insight.id}
          formAction={stepUrl}
          confirmLabel="Ja, verwijder het inzicht"
          cancelTo={`${stepUrl}#item-${insight.id}`}
        />
      ) : (
        <RecordLinks stepUrl={stepUrl} id={insight.id} name={short} />
      )}
    </li>
  );
}

function InsightForm({
  intent,
  title,
  methods,
  themes,
  insight,
  cancelTo,
}: {
  intent: string;
  title: string;
  methods: WorkMethod[];
  themes: string[];
  insight?: Insight;
  cancelTo?: string;
}) {
  const conflict = useEditConflict(intent, insight?.id);
  return (
    <FormScope
      intent={intent}
      defaults={
        insight
          ? {
              kind: insight.kind,
              text: insight.text,
              theme: insight.theme,
              workMethodId: insight.workMethodId ?? '',
            }
          : { kind: 'ervaring' }
      }
    >
      <Form method="post" className="panel s1256-form no-print">
        <h3>{title}</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {insight ? (
          <>
            <input type="hidden" name="id" value={insight.id} />
            <HiddenToken
              intent={intent}
              name="updatedAt"
              loaded={insight.updatedAt}
              id={insight.id}
            />
          </>
        ) : null}
        <SelectField
          name="kind"
          label="Wat voor inzicht is het?"
          required
          options={INSIGHT_KINDS.map((k) => ({ value: k.key, label: k.label }))}
        />
        <TextField
          name="text"
          label="Wat heb je gehoord of geleerd?"
          description="Schrijf het kort op, zo veel mogelijk in de woorden van de ouders. Geen namen."
          required
          rows={4}
          maxLength={INSIGHT_LIMITS.text}
        />
        <TextField
          name="theme"
          label="Thema"
          description={
            themes.length > 0
              ? `Gebruik hetzelfde woord voor hetzelfde onderwerp. Je gebruikte al: ${themes.join(', ')}.`
              : 'Eén of twee woorden, bijvoorbeeld: bewegen, geld, school.'
          }
          maxLength={INSIGHT_LIMITS.theme}
        />
        <SelectField
          name="workMethodId"
          label="Bij welke werkvorm hoorde je dit?"
          placeholder="Geen of weet ik niet"
          options={methods.map((m) => ({ value: m.id, label: methodName(m) }))}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : insight ? 'Wijziging opslaan' : 'Inzicht opslaan'}
          </Button>
          {cancelTo && conflict ? <KeepStoredLink to={cancelTo} /> : null}
          {cancelTo && !conflict ? <Link to={cancelTo}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}
