import { SelectField, TextField } from '~/components/form';
import { AddressSuggestions } from '~/features/geocoding/address-suggestions';
import { addressLine, webLink } from './place-format';
import { PLACE_LIMITS } from './place-schema';

/** What a place looks like on the card, in the browser and in print. */
export type ShownPlace = {
  id: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  whenParents: string;
  organisationName: string;
  contactPerson: string;
  phone: string;
  phoneNormalized: string;
  email: string;
  socialMedia: string;
  notes: string;
  tipFrom: string;
  topRank: number | null;
  topReason: string;
  /** The wijk the address lies in, once it was found (see features/geocoding). */
  wijkName?: string | null;
  geocodeStatus?: 'gevonden' | 'niet-gevonden' | null;
  /** Its number on the map of the places, when it is on it. */
  mapNumber?: number | null;
};

/** The fields of a place, in the order of the form. */
export function PlaceFields({
  categoryOptions,
}: {
  /** Without options the category is fixed by the card (a hidden field outside this component). */
  categoryOptions?: { value: string; label: string }[];
}) {
  return (
    <>
      {categoryOptions ? (
        <SelectField name="category" label="Soort plek" required options={categoryOptions} />
      ) : null}
      <TextField
        name="name"
        label="Naam van de plek"
        description="Bijvoorbeeld: Basisschool De Regenboog of Speeltuin Oase."
        required
        maxLength={PLACE_LIMITS.name}
      />
      <div className="okaart-form__row">
        <TextField
          name="address"
          label="Adres"
          description="Straat en huisnummer. Tik een paar letters: je krijgt adressen om uit te kiezen."
          maxLength={PLACE_LIMITS.address}
          autoComplete="off"
        />
        <TextField
          name="postcode"
          label="Postcode"
          description="Bijvoorbeeld 3533 AB."
          maxLength={PLACE_LIMITS.postcode}
          autoComplete="off"
        />
        <TextField name="city" label="Plaats" maxLength={PLACE_LIMITS.city} autoComplete="off" />
      </div>
      <AddressSuggestions />
      <TextField
        name="whenParents"
        label="Wanneer zijn er ouders?"
        description="Bijvoorbeeld: elke dinsdag na schooltijd, of op zaterdagochtend bij de training."
        rows={2}
        maxLength={PLACE_LIMITS.whenParents}
      />
      <div className="okaart-form__row">
        <TextField
          name="organisationName"
          label="Organisatie"
          maxLength={PLACE_LIMITS.organisationName}
          autoComplete="off"
        />
        <TextField
          name="contactPerson"
          label="Contactpersoon"
          maxLength={PLACE_LIMITS.contactPerson}
          autoComplete="off"
        />
      </div>
      <div className="okaart-form__row">
        <TextField
          name="phone"
          label="Telefoon"
          description="Bijvoorbeeld 06-12345678."
          type="tel"
          inputMode="tel"
          maxLength={PLACE_LIMITS.phone}
          autoComplete="off"
        />
        <TextField
          name="email"
          label="E-mail"
          type="email"
          inputMode="email"
          maxLength={PLACE_LIMITS.email}
          autoComplete="off"
        />
      </div>
      <TextField
        name="socialMedia"
        label="Social media"
        description="Bijvoorbeeld een Facebookpagina, Instagram of een WhatsApp-groep."
        maxLength={PLACE_LIMITS.socialMedia}
        autoComplete="off"
      />
      <TextField
        name="notes"
        label="Aantekeningen van gesprekken en afspraken"
        description="Wat heb je besproken, en wat spraken jullie af?"
        rows={4}
        maxLength={PLACE_LIMITS.notes}
      />
      <TextField
        name="tipFrom"
        label="Tip van"
        description="Wie vertelde je over deze plek? Bijvoorbeeld een buurtbewoner of een collega."
        maxLength={PLACE_LIMITS.tipFrom}
        autoComplete="off"
      />
    </>
  );
}

/** The filled-in details of a place; empty fields are left out. */
export function PlaceDetails({ place }: { place: ShownPlace }) {
  const address = addressLine(place);
  const social = webLink(place.socialMedia);
  return (
    <>
      <h3 className="okaart-place__name" id={`plek-${place.id}-naam`}>
        {place.topRank ? <span className="okaart-top">{`Top ${place.topRank}`}</span> : null}{' '}
        <bdi>{place.name}</bdi>
      </h3>
      <dl className="okaart-place__fields">
        {place.topRank && place.topReason ? (
          <Detail label="Waarom top 3">{place.topReason}</Detail>
        ) : null}
        {address ? (
          <Detail label="Adres">
            {address}
            {place.geocodeStatus === 'niet-gevonden' ? (
              <span className="okaart-place__notfound"> (adres niet gevonden op de kaart)</span>
            ) : null}
          </Detail>
        ) : null}
        {place.wijkName ? (
          <Detail label="Wijk">
            {place.wijkName}
            {place.mapNumber ? (
              <span className="okaart-place__mapnr">{` · nummer ${place.mapNumber} op de kaart`}</span>
            ) : null}
          </Detail>
        ) : null}
        {place.whenParents ? (
          <Detail label="Wanneer zijn er ouders" multiline>
            {place.whenParents}
          </Detail>
        ) : null}
        {place.organisationName ? (
          <Detail label="Organisatie">{place.organisationName}</Detail>
        ) : null}
        {place.contactPerson ? <Detail label="Contactpersoon">{place.contactPerson}</Detail> : null}
        {place.phone ? (
          <Detail label="Telefoon">
            {place.phoneNormalized ? (
              <a href={`tel:${place.phoneNormalized}`}>{place.phone}</a>
            ) : (
              place.phone
            )}
          </Detail>
        ) : null}
        {place.email ? (
          <Detail label="E-mail">
            <a href={`mailto:${place.email}`}>{place.email}</a>
          </Detail>
        ) : null}
        {place.socialMedia ? (
          <Detail label="Social media">
            {social ? <a href={social}>{place.socialMedia}</a> : place.socialMedia}
          </Detail>
        ) : null}
        {place.notes ? (
          <Detail label="Aantekeningen" multiline>
            {place.notes}
          </Detail>
        ) : null}
        {place.tipFrom ? <Detail label="Tip van">{place.tipFrom}</Detail> : null}
      </dl>
    </>
  );
}

function Detail({
  label,
  multiline,
  children,
}: {
  label: string;
  multiline?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="okaart-place__field">
      <dt>{label}</dt>
      <dd className={multiline ? 'okaart-place__text' : undefined} dir="auto">
        {children}
      </dd>
    </div>
  );
}
