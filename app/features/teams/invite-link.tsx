/** The link of a new invitation, shown once to copy (and said whether it was mailed). */
export function InviteLink({
  link,
  mailed,
  email,
}: {
  link: string;
  mailed: boolean;
  email: string;
}) {
  return (
    <div className="panel invite-link" role="status">
      <h3>De uitnodiging is klaar</h3>
      <p>
        {mailed
          ? `We hebben de link gemaild naar ${email}. Je kunt hem ook zelf sturen.`
          : email
            ? `De link is niet gemaild. Kopieer de link en stuur hem zelf naar ${email}.`
            : 'Kopieer de link en stuur hem zelf, bijvoorbeeld per mail of chat.'}{' '}
        Je ziet de link maar één keer. De link werkt 14 dagen.
      </p>
      <label htmlFor="uitnodigingslink">Link van de uitnodiging</label>
      <input id="uitnodigingslink" className="invite-link__value" readOnly value={link} />
    </div>
  );
}
