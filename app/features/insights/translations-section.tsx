import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { isRightToLeft, languageName } from './languages';
import { TRANSLATION_LIMITS } from './translation-schema';

// Shared by the poster page and the session page: the same text in other languages, written
// by the professional. Each is printed through the browser, also right to left.

const SAVE = 'vertaling-opslaan';
const REMOVE = 'vertaling-verwijderen';

export function TranslationsSection({
  planId,
  what,
  translations,
}: {
  planId: string;
  what: string;
  translations: { id: string; language: string; text: string }[];
}) {
  return (
    <section aria-labelledby="andere-talen" className="no-print">
      <h2 id="andere-talen" tabIndex={-1}>
        In een andere taal
      </h2>
      <p>
        Spreken veel ouders een andere taal? Schrijf {what} dan ook in hun taal, of laat iemand
        helpen die de taal goed kent. De taalcheck werkt alleen voor Nederlands. Een PDF maken we
        alleen van de Nederlandse tekst: een andere taal druk je af via je browser. Talen die van
        rechts naar links gaan, zoals Arabisch, komen dan ook goed op papier.
      </p>
      {translations.length > 0 ? (
        <ul className="tr-list">
          {translations.map((t) => (
            <li key={t.id} className="panel">
              <p className="tr-head">
                <strong>{languageName(t.language)}</strong> ({t.language})
                {isRightToLeft(t.language) ? ', van rechts naar links' : ''}
              </p>
              <p
                className="tr-text"
                lang={t.language}
                dir={isRightToLeft(t.language) ? 'rtl' : 'ltr'}
              >
                {t.text}
              </p>
              <div className="actions">
                <Link to={`/plannen/${planId}/vertaling/${t.id}`}>
                  Afdrukken<span className="visually-hidden">: {languageName(t.language)}</span>
                </Link>
                <Form method="post">
                  <input type="hidden" name="intent" value={REMOVE} />
                  <input type="hidden" name="id" value={t.id} />
                  <Button type="submit" appearance="secondary-action-button">
                    Verwijderen<span className="visually-hidden">: {languageName(t.language)}</span>
                  </Button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <FormScope intent={SAVE}>
        <Form method="post" className="panel">
          <h3>Tekst in een andere taal toevoegen</h3>
          <FormErrorSummary />
          <input type="hidden" name="intent" value={SAVE} />
          <TextField
            name="language"
            label="Taalcode"
            description="Bijvoorbeeld: ar (Arabisch), tr (Turks), pl (Pools), en (Engels), ti (Tigrinya). Heb je al een tekst in deze taal? Dan vervangen we die."
            required
            maxLength={TRANSLATION_LIMITS.language}
          />
          <TextField
            name="text"
            label="Tekst in deze taal"
            required
            rows={6}
            maxLength={TRANSLATION_LIMITS.text}
          />
          <div className="actions">
            <Button type="submit" appearance="primary-action-button">
              Tekst opslaan
            </Button>
          </div>
        </Form>
      </FormScope>
    </section>
  );
}
