import './planning.css';
import { SelectField, TextField } from '~/components/form';
import { DURATION_CHOICES, REPEAT_CHOICES } from './schedule-fields';

/** How long it takes and whether it comes back: part of the contact moment and visit forms. */
export function ScheduleFields() {
  return (
    <fieldset className="schedule-fields">
      <legend>Duur en herhaling</legend>
      <SelectField
        name="duration"
        label="Hoe lang duurt het?"
        description="Alleen nodig als je een tijd hebt ingevuld. Zonder tijd staat het een hele dag in je agenda."
        options={DURATION_CHOICES.map((c) => ({ value: c.key, label: c.label }))}
      />
      <SelectField
        name="repeat"
        label="Komt het terug?"
        description="Bijvoorbeeld elke dinsdagochtend naar de koffieochtend."
        required
        options={REPEAT_CHOICES.map((c) => ({ value: c.key, label: c.label }))}
      />
      <TextField
        name="repeatUntil"
        label="Tot en met welke datum?"
        type="date"
        description="Leeg laten als je nog niet weet wanneer het stopt."
        maxLength={10}
      />
    </fieldset>
  );
}
