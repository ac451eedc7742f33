import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { getPdfMake } from '~/features/overzichtskaart/pdf.server';
import type { Poster } from './poster-content';

// The poster or letter as an A4 PDF (pdfmake, Roboto so letters such as ş and İ print). Dutch
// only: pdfmake neither shapes Arabic nor lays out right to left.

const BLUE = '#0b3a66';
const PINK = '#f4b6cf';

export async function renderFeedbackPosterPdf(poster: Poster): Promise<Buffer> {
  const isPoster = poster.form === 'poster';
  const content: Content[] = [
    {
      text: poster.title,
      fontSize: isPoster ? 28 : 18,
      bold: true,
      color: BLUE,
      margin: [0, 0, 0, 14],
    },
  ];
  if (poster.greeting) content.push({ text: poster.greeting, margin: [0, 0, 0, 8] });
  if (poster.intro) content.push({ text: poster.intro, margin: [0, 0, 0, 12] });
  for (const section of poster.sections) {
    content.push({
      stack: [
        { text: section.heading, bold: true, fontSize: isPoster ? 17 : 13, color: BLUE },
        {
          canvas: [{ type: 'line', x1: 0, y1: 2, x2: 120, y2: 2, lineWidth: 3, lineColor: PINK }],
          margin: [0, 0, 0, 6],
        },
        { ul: section.points, margin: [0, 0, 0, 12] },
      ],
      unbreakable: true,
    });
  }
  if (poster.closing) content.push({ text: poster.closing, margin: [0, 6, 0, 8] });
  if (poster.signOff) content.push({ text: poster.signOff });

  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    info: { title: poster.title, creator: 'Ouders in de wijk' },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: isPoster ? 14 : 11.5, lineHeight: 1.3 },
    content,
  };
  return getPdfMake().createPdf(definition).getBuffer();
}
