// The poster or letter of step 6, made from the marked insights and the feedback plan. One
// shape for the page, the print view, the taalcheck and the PDF, so they always say the same.

export type PosterForm = 'poster' | 'brief';

export type PosterSettings = { form: PosterForm; title: string; intro: string; closing: string };

export type PosterSection = { heading: string; points: string[] };

export type Poster = {
  form: PosterForm;
  title: string;
  greeting: string;
  intro: string;
  sections: PosterSection[];
  closing: string;
  signOff: string;
};

export const POSTER_DEFAULTS: PosterSettings = {
  form: 'poster',
  title: 'U vertelde het ons. Dit doen we ermee.',
  intro: 'Dank u wel dat u met ons praatte. Hier leest u wat we hoorden en wat we gaan doen.',
  closing: 'Heeft u een vraag of een idee? Spreek ons gerust aan.',
};

export function composePoster({
  settings,
  insights,
  actions,
}: {
  settings: PosterSettings;
  insights: { text: string }[];
  actions: { heard: string; willDo: string; cannotDo: string }[];
}): Poster {
  const heard = unique([...insights.map((i) => i.text), ...actions.map((a) => a.heard)]);
  const sections = [
    { heading: 'Wat we hoorden', points: heard },
    { heading: 'Wat we gaan doen', points: unique(actions.map((a) => a.willDo)) },
    { heading: 'Wat niet lukt, en waarom', points: unique(actions.map((a) => a.cannotDo)) },
  ].filter((s) => s.points.length > 0);
  const letter = settings.form === 'brief';
  return {
    form: settings.form,
    title: settings.title.trim() || POSTER_DEFAULTS.title,
    greeting: letter ? 'Beste ouder,' : '',
    intro: settings.intro.trim(),
    sections,
    closing: settings.closing.trim(),
    signOff: letter ? 'Met vriendelijke groet,' : '',
  };
}

function unique(texts: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const trimmed = text.trim();
    const key = trimmed.toLocaleLowerCase('nl');
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/** The poster as plain text, each point a sentence on its own line, for the taalcheck. */
export function posterText(poster: Poster): string {
  const lines = [poster.title, poster.greeting, poster.intro];
  for (const section of poster.sections) lines.push(`${section.heading}.`, ...section.points);
  lines.push(poster.closing, poster.signOff);
  return lines.filter(Boolean).join('\n');
}
