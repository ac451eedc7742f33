// Step 2's figures: the CBS table with the "Past bij je doelgroep" ranking, the weights form, the
// map, fetching from CBS online and reading a CBS file. Everything works without JavaScript:
// sorting and weights are links and GET forms, the rest are plain POST forms.
import { Button } from '@utrecht/component-library-react';
import { Form, Link, useLocation, useNavigation } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField, useField } from '~/components/form';
import { classify, WijkMap } from '~/components/map/wijk-map';
import { AGE_GROUPS, CIRCUMSTANCES } from '~/features/plans/domain';
import {
  COLUMNS,
  type ColumnKey,
  CRITERIA,
  type CriterionKey,
  formatValue,
  MAX_WEIGHT,
  STAND_IN_LABELS,
  WEIGHT_LABELS,
} from './step-2-figures';
import type { listPlanPlacesOnMap, loadStepTwoFigures } from './step-2-figures.server';
import './step-2.css';

export const FETCH_INTENT = 'cbs-ophalen';
export const FILE_INTENT = 'cbs-bestand';
export const CHOOSE_INTENT = 'kiezen';

type Figures = Awaited<ReturnType<typeof loadStepTwoFigures>>;
type Places = Awaited<ReturnType<typeof listPlanPlacesOnMap>>;

const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<
  ColumnKey,
  (typeof COLUMNS)[number]
>;

/** Circumstances from step 1 that CBS has no figure for per wijk. */
const NOT_IN_CBS: Record<string, string> = {
  alleenstaand: 'alleenstaande ouders',
  'beperking-ziekte': 'een beperking of chronische ziekte',
  'lezen-schrijven': 'moeite met lezen en schrijven (de SES-WOA-score zegt iets over opleiding)',
  'weinig-nederlands': 'hoe goed mensen Nederlands spreken (herkomst zegt daar maar een deel van)',
};

function yearsText(years: number[] | undefined): string {
  if (years === undefined || years.length === 0) return 'onbekend';
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

export function FiguresSection(props: {
  planId: string;
  municipalityName: string;
  figures: Figures;
  places: Places;
  chosenCodes: string[];
  tilesUrl: string;
}) {
  const { figures, planId, municipalityName } = props;
  const stepUrl = `/plannen/${planId}/stap/2`;
  const location = useLocation();
  const query = new URLSearchParams(location.search);
  const linkWith = (changes: Record<string, string | null>, hash = 'cijfers') => {
    const next = new URLSearchParams(query);
    next.delete('verwijder');
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const search = next.toString();
    return `${stepUrl}${search ? `?${search}` : ''}#${hash}`;
  };
  const levelName = figures.level === 'buurt' ? 'buurten' : 'wijken';

  return (
    <section aria-labelledby="cijfers" className="s2-figures">
      <h2 id="cijfers" tabIndex={-1}>
        Cijfers per wijk
      </h2>
      <p className="s2-lead">
        Hieronder zie je per {figures.level} van {municipalityName} hoeveel gezinnen er wonen en hoe
        het met hun geld en werk staat. Bron: CBS. Bij elk cijfer staat het jaar.
      </p>
      <SourcesAndFetch planId={planId} figures={figures} />

      <Ranking figures={figures} linkWith={linkWith} />

      {figures.hasBuurten ? (
        <nav aria-label="Wijken of buurten" className="s2-level no-print">
          <p>
            Toon:{' '}
            {figures.level === 'wijk' ? (
              <strong aria-current="page">wijken</strong>
            ) : (
              <Link to={linkWith({ niveau: null, sorteer: null, richting: null })}>wijken</Link>
            )}{' '}
            of{' '}
            {figures.level === 'buurt' ? (
              <strong aria-current="page">buurten</strong>
            ) : (
              <Link to={linkWith({ niveau: 'buurt', sorteer: null, richting: null })}>buurten</Link>
            )}
            . Vergelijk eerst de wijken; de cijfers van buurten zijn vaker onbekend.
          </p>
        </nav>
      ) : null}

      <FigureTable
        figures={figures}
        linkWith={linkWith}
        municipalityName={municipalityName}
        chosenCodes={props.chosenCodes}
        levelName={levelName}
      />

      <MapPart
        figures={figures}
        places={props.places}
        chosenCodes={props.chosenCodes}
        tilesUrl={props.tilesUrl}
        municipalityName={municipalityName}
      />

      <ImportFile />
    </section>
  );
}

function SourcesAndFetch({ planId, figures }: { planId: string; figures: Figures }) {
  const navigation = useNavigation();
  const fetching =
    navigation.state !== 'idle' && navigation.formData?.get('intent') === FETCH_INTENT;
  const online = figures.sets.find((s) => s.source === 'online');
  return (
    <div className="panel s2-sources no-print">
      <h3>Waar de cijfers vandaan komen</h3>
      <ul>
        <li>
          In de app zelf: inwoners, leeftijd en huishoudens van alle wijken van Nederland (2024) en
          voor Utrecht ook cijfers over bijstand, woningen en WOZ-waarde (2023). Bron: CBS.
        </li>
        {figures.sets.map((set) => (
          <li key={set.source}>
            {set.label}, opgehaald op {set.fetchedAt}. Bron: CBS.
          </li>
        ))}
      </ul>
      <Form method="post" action={`/plannen/${planId}/stap/2#cijfers`}>
        <input type="hidden" name="intent" value={FETCH_INTENT} />
        <p>
          Het CBS heeft op zijn website nieuwere cijfers, ook over inkomen. Haal ze op als je
          internet hebt. Dat kan even duren.
        </p>
        <Button type="submit" appearance="secondary-action-button" disabled={fetching}>
          {online ? 'Haal de cijfers opnieuw op bij het CBS' : 'Haal cijfers op bij het CBS'}
        </Button>
        <p className="s2-progress" role="status" aria-live="polite">
          {fetching ? 'Bezig met ophalen bij het CBS. Dit kan een halve minuut duren…' : ''}
        </p>
      </Form>
    </div>
  );
}

function Ranking({
  figures,
  linkWith,
}: {
  figures: Figures;
  linkWith: (changes: Record<string, string | null>, hash?: string) => string;
}) {
  const { choices, income, weights } = figures;
  const ageLabels = AGE_GROUPS.filter((a) => choices.ages.includes(a.key)).map((a) => a.label);
  const circumstanceLabels = CIRCUMSTANCES.filter((c) => choices.circumstances.includes(c.key)).map(
    (c) => c.label,
  );
  const missing = choices.circumstances
    .filter((c) => c in NOT_IN_CBS)
    .map((c) => NOT_IN_CBS[c] as string);
  const defaults: Record<string, string> = {};
  for (const { key } of CRITERIA) defaults[`gewicht-${key}`] = String(weights[key]);
  const changed = CRITERIA.some(({ key }) => weights[key] !== figures.startWeights[key]);

  return (
    <div className="s2-ranking" id="doelgroep">
      <h3>Past bij je doelgroep</h3>
      <p>
        {ageLabels.length + circumstanceLabels.length === 0
          ? 'In stap 1 heb je nog niet gekozen welke ouders je zoekt. Daarom telt nu vooral mee waar veel kinderen wonen.'
          : `In stap 1 koos je: ${[...ageLabels, ...circumstanceLabels].join(', ')}. Daarom tellen de cijfers hieronder mee. Je kunt zelf kiezen hoe zwaar.`}
      </p>
      {income.kind === 'measured' ? null : (
        <p>
          {income.kind === 'stand-in'
            ? `Het inkomen per ${figures.level} is niet bekend. Daarom telt bij "laag inkomen" iets anders mee: ${income.columns
                // The bijstand share that already counts on its own is not counted twice.
                .filter((c) => c !== 'bijstandAandeel' || weights.bijstand === 0)
                .map((c) => STAND_IN_LABELS[c])
                .join('; ')}. Dat zijn vervangers: ze zeggen iets over geld, maar niet alles.`
            : `Het inkomen per ${figures.level} is niet bekend, en er zijn ook geen cijfers om het te vervangen. Haal de cijfers op bij het CBS of lees een bestand in.`}
        </p>
      )}
      {income.kind === 'measured' && income.column !== 'laagInkomen' ? (
        <p>
          Voor laag inkomen telt{' '}
          {income.column === 'sociaalMinimum'
            ? 'het aandeel huishoudens onder of rond het sociaal minimum (tot en met 2023)'
            : 'het aandeel mensen in armoede (vanaf 2024)'}
          . Het CBS meet dat sinds 2024 anders; de twee cijfers zijn niet te vergelijken en tellen
          nooit samen mee.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p>
          Het CBS heeft per wijk geen cijfers over {missing.join(' en over ')}. Dat moet je zelf
          navragen in de wijk.
        </p>
      ) : null}
      <FormScope defaults={defaults}>
        <Form
          method="get"
          action="#cijfers"
          className="panel s2-weights no-print"
          preventScrollReset
        >
          <fieldset>
            <legend>Hoe zwaar telt elk cijfer?</legend>
            <div className="s2-weights__grid">
              {CRITERIA.map((criterion) => (
                <WeightField
                  key={criterion.key}
                  criterion={criterion.key}
                  label={criterion.label}
                />
              ))}
            </div>
          </fieldset>
          <KeepQuery names={['niveau', 'kaart']} />
          <Button type="submit" appearance="secondary-action-button">
            Opnieuw rangschikken
          </Button>{' '}
          {changed ? (
            <Link
              to={linkWith(Object.fromEntries(CRITERIA.map(({ key }) => [`gewicht-${key}`, null])))}
            >
              Terug naar de keuze uit stap 1
            </Link>
          ) : null}
        </Form>
      </FormScope>
      <p className="print-only">
        Zo zwaar telt elk cijfer:{' '}
        {CRITERIA.map(({ key, label }) => `${label}: ${WEIGHT_LABELS[weights[key]]}`).join('; ')}.
      </p>
    </div>
  );
}

function WeightField({ criterion, label }: { criterion: CriterionKey; label: string }) {
  const options = WEIGHT_LABELS.map((text, value) => ({ value: String(value), label: text })).slice(
    0,
    MAX_WEIGHT + 1,
  );
  return (
    <SelectField
      name={`gewicht-${criterion}`}
      label={label.charAt(0).toUpperCase() + label.slice(1)}
      options={options}
      required
    />
  );
}

function KeepQuery({ names }: { names: string[] }) {
  const query = new URLSearchParams(useLocation().search);
  return (
    <>
      {names.map((name) => {
        const value = query.get(name);
        return value === null ? null : <input key={name} type="hidden" name={name} value={value} />;
      })}
    </>
  );
}

function FigureTable({
  figures,
  linkWith,
  municipalityName,
  chosenCodes,
  levelName,
}: {
  figures: Figures;
  linkWith: (changes: Record<string, string | null>, hash?: string) => string;
  municipalityName: string;
  chosenCodes: string[];
  levelName: string;
}) {
  const chosen = new Set(chosenCodes);
  const { value: selectedRaw } = useField('areas');
  const selected = new Set(
    Array.isArray(selectedRaw) ? selectedRaw : selectedRaw ? [selectedRaw] : [],
  );
  const sortHeader = (key: string, label: string, numeric: boolean) => {
    const active = figures.sort === key;
    const nextDirection = active
      ? figures.direction === 'op'
        ? 'af'
        : 'op'
      : numeric && key !== 'plek'
        ? 'af'
        : 'op';
    const ariaSort = active ? (figures.direction === 'op' ? 'ascending' : 'descending') : undefined;
    return { active, nextDirection, ariaSort, label } as const;
  };
  const header = (key: string, label: string, numeric: boolean, years?: number[]) => {
    const s = sortHeader(key, label, numeric);
    return (
      <th
        key={key}
        scope="col"
        aria-sort={s.ariaSort}
        className={`s2-col-${key}${numeric ? ' s2-num' : ''}`}
      >
        <Link
          to={linkWith({ sorteer: key, richting: s.nextDirection }, 'cijfertabel')}
          preventScrollReset
          className="s2-sort"
        >
          {label}
          {years !== undefined && years.length > 0 ? (
            <span className="s2-year"> ({yearsText(years)})</span>
          ) : null}
          <span className="visually-hidden">
            {s.active
              ? `, gesorteerd ${figures.direction === 'op' ? 'van laag naar hoog' : 'van hoog naar laag'}`
              : ', klik om te sorteren'}
          </span>
          <span aria-hidden="true" className="s2-sort__arrow">
            {s.active ? (figures.direction === 'op' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </Link>
      </th>
    );
  };
  const rankingOn = figures.rows.some((r) => r.ranking.place !== null);
  return (
    <FormScope intent={CHOOSE_INTENT}>
      <Form method="post" className="s2-table-form">
        <input type="hidden" name="intent" value={CHOOSE_INTENT} />
        <FormErrorSummary />
        {/* A wide table scrolls sideways; keyboard users need to reach the scrolling box. */}
        {/* biome-ignore lint/a11y/useSemanticElements: a div is the scrolling box, the table is inside */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1) */}
        <div className="s2-table-scroll" role="region" aria-labelledby="cijfertabel" tabIndex={0}>
          <table className="s2-table">
            <caption id="cijfertabel">
              Cijfers van de {levelName} van {municipalityName}
              {rankingOn ? ', met de plek in "Past bij je doelgroep"' : ''}. Bron: CBS.
            </caption>
            <thead>
              <tr>
                <th scope="col" className="no-print">
                  Kies
                </th>
                {header('naam', figures.level === 'buurt' ? 'Buurt' : 'Wijk', false)}
                {rankingOn ? header('plek', 'Plek', true) : null}
                {rankingOn ? (
                  <th scope="col" className="s2-col-reden">
                    Waarom deze plek
                  </th>
                ) : null}
                {COLUMNS.map((c) => header(c.key, c.label, true, figures.columnYears[c.key]))}
              </tr>
            </thead>
            <tbody>
              {figures.rows.map((row) => {
                const isChosen = chosen.has(row.code);
                const checkboxId = `kies-${row.code}`;
                return (
                  <tr key={row.code} className={isChosen ? 's2-chosen' : undefined}>
                    <td className="no-print">
                      {isChosen ? (
                        <span className="s2-tag">In plan</span>
                      ) : (
                        <input
                          type="checkbox"
                          id={checkboxId}
                          name="areas"
                          value={row.code}
                          defaultChecked={selected.has(row.code)}
                          aria-label={`${row.name} kiezen voor het plan`}
                        />
                      )}
                    </td>
                    <th scope="row">{row.name}</th>
                    {rankingOn ? <td className="s2-num">{row.ranking.place ?? '–'}</td> : null}
                    {rankingOn ? <td className="s2-reason">{row.ranking.reason}</td> : null}
                    {COLUMNS.map((c) => {
                      const cell = row.values[c.key];
                      const newest = figures.columnYears[c.key]?.at(-1);
                      return (
                        <td
                          key={c.key}
                          className={cell.value === null ? 's2-num s2-unknown' : 's2-num'}
                        >
                          {formatValue(c.format, cell.value)}
                          {cell.value !== null && cell.year !== null && cell.year !== newest ? (
                            <span className="s2-year"> ({cell.year})</span>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="s2-source">
          Bron: CBS, Kerncijfers wijken en buurten
          {Object.values(figures.columnYears).some((y) => (y?.length ?? 0) > 0)
            ? ` ${yearsText(
                [...new Set(Object.values(figures.columnYears).flatMap((y) => y ?? []))].sort(),
              )}`
            : ''}
          . "onbekend" betekent: het CBS heeft dit cijfer niet, of houdt het geheim omdat er te
          weinig mensen wonen. Een jaar tussen haakjes staat bij een cijfer dat ouder is dan de rest
          van de kolom. Het aandeel mensen in armoede (vanaf 2024) is anders gemeten dan het aandeel
          rond het sociaal minimum (tot en met 2023); ze staan daarom in aparte kolommen.
        </p>
        <div className="no-print">
          <Button type="submit" appearance="secondary-action-button">
            Gekozen {levelName} aan het plan toevoegen
          </Button>
        </div>
      </Form>
    </FormScope>
  );
}

function MapPart({
  figures,
  places,
  chosenCodes,
  tilesUrl,
  municipalityName,
}: {
  figures: Figures;
  places: Places;
  chosenCodes: string[];
  tilesUrl: string;
  municipalityName: string;
}) {
  const column = COLUMN_BY_KEY[figures.mapColumn];
  const values = Object.fromEntries(
    Object.entries(figures.wijkValuesForMap).map(([code, v]) => [code, v.value]),
  );
  const { colors, legend } = classify(values, (value) => formatValue(column.format, value));
  const mapYears = [
    ...new Set(
      Object.values(figures.wijkValuesForMap)
        .filter((v) => v.value !== null && v.year !== null)
        .map((v) => v.year as number),
    ),
  ].sort();
  const tooltips = Object.fromEntries(
    Object.entries(figures.wijkValuesForMap).map(([code, v]) => [
      code,
      `${v.name}: ${formatValue(column.format, v.value)}${v.year !== null && v.value !== null ? ` (${v.year})` : ''}`,
    ]),
  );
  const mapOptions = [
    'kinderenAandeel',
    'jongerenAandeel',
    'huishoudensMetKinderenAandeel',
    'laagInkomen',
    'sociaalMinimum',
    'armoede',
    'bijstandAandeel',
    'buitenEuropaAandeel',
    'corporatie',
    'woz',
    'ses',
    'inwoners',
  ] as const;
  return (
    <div className="s2-map" id="kaart">
      <h3>Kaart van de wijken</h3>
      <FormScope defaults={{ kaart: figures.mapColumn }}>
        <Form method="get" action="#kaart" className="s2-map__choose no-print" preventScrollReset>
          <KeepQuery
            names={['niveau', 'sorteer', 'richting', ...CRITERIA.map((c) => `gewicht-${c.key}`)]}
          />
          <SelectField
            name="kaart"
            label="Kleur de wijken naar"
            options={mapOptions.map((key) => ({ value: key, label: COLUMN_BY_KEY[key].label }))}
            required
          />
          <Button type="submit" appearance="secondary-action-button">
            Toon op de kaart
          </Button>
        </Form>
      </FormScope>
      <noscript>
        <p>Zonder JavaScript is er geen kaart. Alle cijfers staan in de tabel hierboven.</p>
      </noscript>
      <WijkMap
        label={`Kaart van de wijken van ${municipalityName}, gekleurd naar ${column.label.toLowerCase()}`}
        tilesUrl={tilesUrl}
        outlinesUrl={`/kaart/wijken/${figures.municipalityCode}.json`}
        colors={colors}
        tooltips={tooltips}
        legendTitle={`${column.label} (Bron: CBS, ${yearsText(mapYears)})`}
        legend={legend}
        places={places}
        highlighted={chosenCodes}
      />
      {places.length === 0 ? (
        <p>
          Ontmoetingsplekken staan op de kaart zodra hun adres is opgezocht. Nu heeft nog geen plek
          van dit plan een plaats op de kaart.
        </p>
      ) : null}
    </div>
  );
}

function ImportFile() {
  const navigation = useNavigation();
  const reading = navigation.state !== 'idle' && navigation.formData?.get('intent') === FILE_INTENT;
  return (
    <div className="panel s2-import no-print" id="cbs-bestand">
      <h3>Cijfers uit een CBS-bestand</h3>
      <p>
        Kun je de website van het CBS niet bereiken vanuit de app? Download dan het bestand met
        kerncijfers van wijken en buurten (Excel of CSV) of een SES-WOA-bestand, en lees het hier
        in. Het hele bestand wordt ingelezen, of niets.
      </p>
      <FormScope intent={FILE_INTENT}>
        <Form method="post" encType="multipart/form-data" action="#cbs-bestand">
          <FormErrorSummary />
          <input type="hidden" name="intent" value={FILE_INTENT} />
          <FileField />
          <TextField
            name="year"
            label="Jaar van de cijfers"
            description="Bijvoorbeeld 2023 voor het bestand kwb-2023. Laat leeg als het jaar in de bestandsnaam staat."
            maxLength={4}
          />
          <Button type="submit" appearance="secondary-action-button" disabled={reading}>
            Bestand inlezen
          </Button>
          <p role="status" aria-live="polite" className="s2-progress">
            {reading ? 'Bezig met inlezen…' : ''}
          </p>
        </Form>
      </FormScope>
    </div>
  );
}

function FileField() {
  const { error } = useField('file');
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor="veld-file">
          CBS-bestand (.xlsx of .csv)
        </label>
      </div>
      {error ? (
        <p className="utrecht-form-field-error-message" id="veld-file-fout">
          {error}
        </p>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id="veld-file"
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'veld-file-fout' : undefined}
        />
      </div>
    </div>
  );
}
