import { z } from 'zod';
import { FEEDBACK_CHANNELS } from '~/features/plans/domain';
import { checkbox, dateText, oneOf, optionalText, requiredText } from '~/lib/forms';

export const FEEDBACK_LIMITS = {
  what: 1000,
  toWhom: 300,
  date: 10,
  heard: 2000,
  willDo: 2000,
  cannotDo: 2000,
} as const;

export const FEEDBACK_CHANNEL_KEYS = FEEDBACK_CHANNELS.map((c) => c.key);

export const feedbackActionSchema = z.object({
  what: requiredText('wat je de ouders vertelt', FEEDBACK_LIMITS.what),
  toWhom: optionalText('aan wie', FEEDBACK_LIMITS.toWhom),
  heard: optionalText('wat we hoorden', FEEDBACK_LIMITS.heard),
  willDo: optionalText('wat we ermee doen', FEEDBACK_LIMITS.willDo),
  cannotDo: optionalText('wat niet lukt, en waarom', FEEDBACK_LIMITS.cannotDo),
  channel: oneOf('hoe je het laat weten', FEEDBACK_CHANNEL_KEYS),
  plannedOn: dateText('de datum', { required: false }),
  done: checkbox,
  doneOn: dateText('de datum waarop het gedaan is', { required: false }),
});
