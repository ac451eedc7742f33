import { useField } from '~/components/form';

/** A wijk to choose, with the buurten of it that can still be chosen. */
export type AreaChoice = {
  code: string;
  name: string;
  /** Already on the plan: shown, not offered again. */
  chosen: boolean;
  buurten: { code: string; name: string }[];
};

/**
 * Checkboxes for the wijken (and, folded away, the buurten) of a municipality from the bundled
 * CBS list. Posts every chosen code as `areas`.
 */
export function AreaChoices({
  municipalityName,
  choices,
}: {
  municipalityName: string;
  choices: AreaChoice[];
}) {
  const { value, error } = useField('areas');
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const open = choices.filter((wijk) => !wijk.chosen || wijk.buurten.length > 0);
  return (
    <fieldset
      className="choice-group area-choice"
      id="veld-areas"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? 'veld-areas-fout veld-areas-bron' : 'veld-areas-bron'}
    >
      <legend>Wijken en buurten in {municipalityName}</legend>
      <p className="area-choice__source" id="veld-areas-bron">
        Deze lijst komt van het CBS (wijk- en buurtkaart 2024). Bron: CBS.
      </p>
      {error ? (
        <p className="utrecht-form-field-error-message" id="veld-areas-fout">
          {error}
        </p>
      ) : null}
      {choices.length === 0 ? (
        <p>Voor deze gemeente hebben we geen lijst. Typ hieronder de naam van de wijk.</p>
      ) : open.length === 0 ? (
        <p>Alle wijken en buurten uit de lijst staan al in het plan.</p>
      ) : (
        <div className="area-choice__list">
          {open.map((wijk) => (
            <div key={wijk.code} className="area-choice__wijk">
              {wijk.chosen ? (
                <p className="area-choice__chosen">
                  {wijk.name} <span className="area-choice__tag">staat al in het plan</span>
                </p>
              ) : (
                <div className="choice">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    id={`wijk-${wijk.code}`}
                    name="areas"
                    value={wijk.code}
                    defaultChecked={selected.has(wijk.code)}
                  />
                  <label htmlFor={`wijk-${wijk.code}`}>{wijk.name}</label>
                </div>
              )}
              {wijk.buurten.length > 0 ? (
                <details className="area-choice__buurten">
                  <summary>
                    Buurten in {wijk.name}
                    <span className="visually-hidden"> (niet verplicht)</span>
                  </summary>
                  {wijk.buurten.map((buurt) => (
                    <div className="choice" key={buurt.code}>
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                        id={`buurt-${buurt.code}`}
                        name="areas"
                        value={buurt.code}
                        defaultChecked={selected.has(buurt.code)}
                      />
                      <label htmlFor={`buurt-${buurt.code}`}>{buurt.name}</label>
                    </div>
                  ))}
                </details>
              ) : null}
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
