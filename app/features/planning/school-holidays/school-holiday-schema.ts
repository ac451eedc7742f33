import { z } from 'zod';
import { dateText, requiredText } from '~/lib/forms';

export const SCHOOL_HOLIDAY_NAME_MAX = 60;

/** A school holiday the beheerder corrects or adds for the plan's region. */
export const schoolHolidaySchema = z
  .object({
    holidayName: requiredText('de naam van de vakantie', SCHOOL_HOLIDAY_NAME_MAX),
    holidayFrom: dateText('de eerste dag', { required: true }),
    holidayTo: dateText('de laatste dag', { required: true }),
  })
  .refine((v) => v.holidayTo >= v.holidayFrom, {
    path: ['holidayTo'],
    error: 'De laatste dag ligt vóór de eerste dag.',
  });
