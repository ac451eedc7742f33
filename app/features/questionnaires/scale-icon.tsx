import type { Choice } from './questions';

// Pictograms beside the words of a scale: faces for the smiley scale, a tick and a cross for
// yes and no. Drawn as SVG so they print sharp and need no emoji font. The word is always there
// too, so the picture is decoration for a screen reader.

const MOUTH: Record<'goed' | 'gaat-wel' | 'niet-goed', string> = {
  goed: 'M14 27 Q24 36 34 27',
  'gaat-wel': 'M15 30 L33 30',
  'niet-goed': 'M14 33 Q24 24 34 33',
};

export function ScaleIcon({ icon, size = 48 }: { icon: Choice['icon']; size?: number }) {
  if (!icon) return null;
  if (icon === 'ja' || icon === 'nee') {
    return (
      <svg
        className={`vl-icon vl-icon--${icon}`}
        width={size}
        height={size}
        viewBox="0 0 48 48"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" strokeWidth="3" />
        {icon === 'ja' ? (
          <path d="M13 25 L21 33 L36 16" fill="none" stroke="currentColor" strokeWidth="5" />
        ) : (
          <path d="M16 16 L32 32 M32 16 L16 32" fill="none" stroke="currentColor" strokeWidth="5" />
        )}
      </svg>
    );
  }
  return (
    <svg
      className={`vl-icon vl-icon--${icon}`}
      width={size}
      height={size}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="17" cy="18" r="3" fill="currentColor" />
      <circle cx="31" cy="18" r="3" fill="currentColor" />
      <path d={MOUTH[icon]} fill="none" stroke="currentColor" strokeWidth="3.5" />
    </svg>
  );
}
