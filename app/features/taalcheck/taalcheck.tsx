import { Button } from '@utrecht/component-library-react';
import { data, Form } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { requireMember } from '~/features/auth/session.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/taalcheck';
import { checkText } from './check-text';
import { TaalcheckResult } from './taalcheck-result';
import { MAX_TEXT_LENGTH, taalcheckFormSchema } from './taalcheck-schema';
import './taalcheck.css';

export async function loader({ request }: Route.LoaderArgs) {
  await requireMember(request);
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  await requireMember(request);
  const formData = await request.formData();
  const parsed = parseForm(taalcheckFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  // Checking changes nothing, so the answer is the page itself (no redirect needed).
  return { text: parsed.data.tekst, result: checkText(parsed.data.tekst) };
}

export default function Taalcheck({ actionData }: Route.ComponentProps) {
  const checked = actionData && 'result' in actionData ? actionData : undefined;
  return (
    <div className="tc-page">
      <title>Taalcheck – Ouders in de wijk</title>
      <h1>Taalcheck: is je tekst makkelijk te lezen?</h1>
      <p>
        Schrijf je een uitnodiging, een vragenlijst, een poster of een brief voor ouders? Plak de
        tekst hieronder. De taalcheck laat zien wat het lezen moeilijk maakt: lange zinnen, zinnen
        met veel bijzinnen, lange en moeilijke woorden, de lijdende vorm, afkortingen en getallen.
        Bij moeilijke woorden staat een makkelijker woord.
      </p>
      <p>
        De taalcheck is een hulpmiddel. Hij kent niet alle woorden en begrijpt de tekst niet. Laat
        je tekst daarom ook lezen door een paar ouders of een sleutelfiguur.
      </p>
      <FormScope defaults={checked ? { tekst: checked.text } : {}}>
        <Form method="post" className="panel tc-form" action="/taalcheck#uitslag">
          <FormErrorSummary />
          <TextField
            name="tekst"
            label="Je tekst"
            description={`Hoogstens ${MAX_TEXT_LENGTH.toLocaleString('nl-NL')} tekens. De tekst wordt niet bewaard.`}
            required
            rows={10}
            maxLength={MAX_TEXT_LENGTH}
          />
          <div className="actions">
            <Button type="submit" appearance="primary-action-button">
              Controleer de tekst
            </Button>
          </div>
        </Form>
      </FormScope>
      {checked ? <TaalcheckResult text={checked.text} result={checked.result} /> : null}
    </div>
  );
}
