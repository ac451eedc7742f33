// The method guide of step 5, in plain Dutch, written by us. One entry per way of working in
// METHODS (plans/domain.ts), apart from "anders".

import type { METHODS } from '~/features/plans/domain';

export type GuidedMethodKey = Exclude<(typeof METHODS)[number]['key'], 'anders'>;

export type MethodGuide = {
  key: GuidedMethodKey;
  title: string;
  /** One or two sentences, for step 5 and the chooser. */
  summary: string;
  what: string[];
  whenItFits: string[];
  groupSize: string;
  time: string;
  prepare: string[];
  roles: { role: string; task: string }[];
  pitfalls: string[];
};

export const METHOD_GUIDE: readonly MethodGuide[] = [
  {
    key: 'interview',
    title: 'Interview',
    summary: 'Een gesprek met één ouder, of met twee of drie ouders samen.',
    what: [
      'Je praat met één ouder, of met twee of drie ouders samen.',
      'Je stelt open vragen en vraagt door op wat ze vertellen.',
      'Het gesprek kan thuis, op het schoolplein of in het buurthuis.',
    ],
    whenItFits: [
      'Je wilt weten hoe het leven van ouders echt is.',
      'Het onderwerp is gevoelig, zoals geld of zorgen over een kind.',
      'Ouders praten liever niet in een groep.',
      'Lezen en schrijven is moeilijk voor de ouders.',
    ],
    groupSize: '1 tot 3 ouders per gesprek.',
    time: '30 tot 60 minuten per gesprek. Reken daarna ongeveer een uur om het gesprek uit te werken.',
    prepare: [
      'Schrijf 5 tot 8 open vragen op. Begin met ‘hoe’, ‘wat’ of ‘vertel eens’.',
      'Kies een plek waar de ouder zich op zijn gemak voelt.',
      'Regel een tolk of iemand die de taal spreekt, als dat nodig is.',
      'Vertel vooraf hoe lang het duurt en wat je met de antwoorden doet.',
      'Vraag of je aantekeningen mag maken.',
      'Wil je het gesprek opnemen? Vraag dan eerst toestemming.',
      'Zorg voor een bedankje, zoals een cadeaubon.',
    ],
    roles: [
      { role: 'Gespreksleider', task: 'stelt de vragen en luistert vooral.' },
      { role: 'Tweede persoon', task: 'schrijft op wat de ouder zegt (als dat kan).' },
      { role: 'Tolk of sleutelfiguur', task: 'helpt met de taal en geeft vertrouwen.' },
    ],
    pitfalls: [
      'Te veel vragen stellen, of vragen die het antwoord al geven.',
      'Zelf te veel praten.',
      'Te snel een oplossing geven. Luister eerst.',
      'Namen opschrijven. Schrijf op wat iemand zegt, niet wie het zegt.',
      'Alleen praten met ouders die je al kent.',
    ],
  },
  {
    key: 'focusgroep',
    title: 'Focusgroep (panel)',
    summary: 'Een groep ouders praat samen over één onderwerp. Jij stelt de vragen.',
    what: [
      'Een groep van zes tot tien ouders praat samen over één onderwerp.',
      'Jij stelt de vragen en zorgt dat iedereen aan de beurt komt.',
      'Een panel is een vaste groep ouders. Die komt een paar keer bij elkaar.',
    ],
    whenItFits: [
      'Je wilt horen hoe ouders samen over iets denken.',
      'Je wilt ideeën verzamelen en zien waar ouders het over eens zijn.',
      'Je wilt langere tijd met dezelfde ouders blijven praten (een panel).',
    ],
    groupSize: '6 tot 10 ouders.',
    time: '1,5 tot 2 uur per keer, met een pauze. Een panel komt 3 tot 5 keer per jaar bij elkaar.',
    prepare: [
      'Schrijf 4 tot 6 hoofdvragen op.',
      'Nodig ouders persoonlijk uit, via school of een sleutelfiguur.',
      'Nodig een paar ouders meer uit dan je nodig hebt. Niet iedereen kan komen.',
      'Kies een tijd die ouders uitkomt, bijvoorbeeld na het brengen naar school.',
      'Regel oppas voor de kinderen.',
      'Zorg voor koffie, thee en iets te eten.',
      'Regel een tolk als dat nodig is.',
      'Maak naambordjes met alleen de voornaam.',
      'Regel een vergoeding of een bedankje.',
    ],
    roles: [
      { role: 'Gespreksleider', task: 'stelt de vragen en geeft iedereen een beurt.' },
      { role: 'Notulist', task: 'schrijft op wat ouders zeggen, zonder namen.' },
      { role: 'Gastvrouw of gastheer', task: 'ontvangt de ouders en regelt koffie en oppas.' },
    ],
    pitfalls: [
      'Een paar ouders praten veel en anderen niet. Geef iedereen een beurt.',
      'Te veel onderwerpen op één dag.',
      'Professionals gaan uitleggen of hun werk verdedigen.',
      'Ouders zeggen wat de anderen al zeiden. Vraag ook naar andere meningen.',
      'Je doet niets met wat het panel zegt. Dan komen ouders niet meer.',
    ],
  },
  {
    key: 'spiegelbijeenkomst',
    title: 'Spiegelbijeenkomst',
    summary: 'Ouders vertellen. Professionals zitten erbij en luisteren alleen.',
    what: [
      'Ouders vertellen over hun ervaringen, bijvoorbeeld met hulp of zorg in de wijk.',
      'Professionals, beleidsmakers of bestuurders zitten erbij en luisteren.',
      'Zij praten niet mee en verdedigen zich niet.',
      'Aan het eind mogen ze alleen vragen stellen om het beter te begrijpen.',
    ],
    whenItFits: [
      'Professionals of de gemeente moeten horen hoe ouders hun werk ervaren.',
      'Je wilt dat ouders zich echt gehoord voelen.',
      'Je wilt iets veranderen en wilt beginnen bij de ouders.',
    ],
    groupSize: '6 tot 10 ouders in de kring. Daaromheen 3 tot 15 luisteraars.',
    time: 'Ongeveer 2 uur. Eerst 1,5 uur ouders aan het woord, dan vragen. Daarna praten de luisteraars samen na.',
    prepare: [
      'Zoek een gespreksleider die niet bij jouw organisatie werkt.',
      'Spreek de ouders vooraf. Vertel wat er gebeurt en wie er luisteren.',
      'Spreek met de luisteraars af: alleen luisteren, niet reageren.',
      'Zet de stoelen klaar: ouders in een kring, de luisteraars eromheen.',
      'Regel oppas, een tolk, vervoer en een vergoeding.',
      'Plan nu al hoe en wanneer je ouders vertelt wat er met hun verhalen gebeurt.',
    ],
    roles: [
      { role: 'Gespreksleider', task: 'stelt de vragen aan de ouders en bewaakt de afspraken.' },
      { role: 'Ouders', task: 'vertellen hun verhaal.' },
      {
        role: 'Luisteraars',
        task: 'luisteren, schrijven op wat ze leren en stellen aan het eind vragen.',
      },
      { role: 'Notulist', task: 'schrijft op wat ouders vertellen, zonder namen.' },
    ],
    pitfalls: [
      'Luisteraars gaan toch uitleggen of zich verdedigen.',
      'Ouders voelen zich niet veilig genoeg om eerlijk te zijn.',
      'Er komen veel meer luisteraars dan ouders.',
      'Ouders horen daarna niets meer. Dan voelen ze zich niet serieus genomen.',
    ],
  },
  {
    key: 'pla',
    title: 'Participatief onderzoek (zoals PLA)',
    summary: 'Ouders onderzoeken zelf mee, met tekeningen, foto’s of een kaart van de buurt.',
    what: [
      'Ouders onderzoeken zelf mee. Ze bepalen mee wat belangrijk is.',
      'Dat gaat met eenvoudige middelen: tekeningen, foto’s, stickers of een kaart van de buurt.',
      'Een wandeling door de wijk kan ook.',
      'PLA is zo’n manier van onderzoek. Samen kijken ouders ook wat de uitkomsten betekenen.',
    ],
    whenItFits: [
      'Lezen, schrijven of Nederlands is moeilijk voor de ouders.',
      'Je wilt dat ouders zelf de baas zijn over het onderzoek.',
      'Je wilt weten wat er speelt in de buurt, bijvoorbeeld waar kinderen veilig spelen.',
    ],
    groupSize: '5 tot 15 ouders, in kleine groepjes.',
    time: 'Een paar keer 1,5 tot 2 uur, verdeeld over een paar weken of maanden.',
    prepare: [
      'Kies opdrachten met weinig tekst: een kaart, foto’s, stickers, tekeningen.',
      'Zorg voor grote vellen papier, stiften, stickers en een kaart van de wijk.',
      'Oefen de opdrachten eerst met de begeleiders.',
      'Spreek af wie de foto’s en tekeningen mag zien en gebruiken.',
      'Maak geen foto’s van mensen zonder hun toestemming.',
      'Regel oppas, een tolk en een vergoeding.',
    ],
    roles: [
      { role: 'Begeleider', task: 'legt de opdrachten uit en helpt waar nodig.' },
      { role: 'Ouders', task: 'doen het onderzoek en bespreken samen wat het betekent.' },
      { role: 'Sleutelfiguren', task: 'nemen ouders mee en helpen met de taal.' },
    ],
    pitfalls: [
      'Toch zelf de conclusies trekken, zonder de ouders.',
      'Te weinig tijd plannen. Dit duurt langer dan een vragenlijst.',
      'Ouders veel werk laten doen zonder bedankje of vergoeding.',
    ],
  },
  {
    key: 'vragenlijst',
    title: 'Korte vragenlijst',
    summary: 'Een paar korte vragen in eenvoudige taal, op papier of op de telefoon.',
    what: [
      'Een paar korte vragen die veel ouders invullen.',
      'Op papier of op de telefoon.',
      'Met plaatjes of smileys, en altijd met de keuze ‘ik weet het niet’.',
    ],
    whenItFits: [
      'Je wilt iets eenvoudigs weten van veel ouders, zoals welke dag het beste uitkomt.',
      'Je wilt tellen hoeveel ouders iets vinden.',
      'Is lezen of Nederlands moeilijk? Help dan bij het invullen, of kies een gesprek.',
    ],
    groupSize: '20 ouders of meer.',
    time: 'Invullen duurt hoogstens 5 tot 10 minuten. Maken en uitproberen kost een paar dagen.',
    prepare: [
      'Stel hoogstens 10 vragen. Eén vraag per zin.',
      'Controleer elke vraag met de taalcheck.',
      'Zet plaatjes of smileys bij de antwoorden.',
      'Zet bij elke vraag de keuze ‘ik weet het niet’.',
      'Laat 2 of 3 ouders de vragen eerst uitproberen.',
      'Maak ook een versie op papier.',
      'Zorg voor iemand die helpt bij het invullen.',
      'Vertaal de vragen als dat nodig is.',
      'Vertel waarom je het vraagt. Vertel ook dat het zonder naam kan.',
    ],
    roles: [
      { role: 'Maker', task: 'schrijft de vragen en probeert ze uit.' },
      { role: 'Helper', task: 'helpt ouders bij het invullen, bijvoorbeeld op het schoolplein.' },
      { role: 'Teller', task: 'telt de antwoorden en schrijft op wat eruit komt.' },
    ],
    pitfalls: [
      'Te veel vragen, of te moeilijke woorden.',
      'Alleen online. Dan mis je veel ouders.',
      'Vragen die een antwoord voorzeggen, zoals ‘Vindt u ook dat …?’',
      'Alleen ouders die toch al meedoen vullen hem in.',
      'Niet vertellen wat eruit kwam.',
    ],
  },
  {
    key: 'cocreatie',
    title: 'Samen plannen maken (co-creatie)',
    summary: 'Ouders maken samen met jou een plan. Ze beslissen ook mee.',
    what: [
      'Ouders en professionals maken samen een plan of een activiteit.',
      'Ouders denken niet alleen mee. Ze beslissen ook mee.',
      'Dat geldt van het eerste idee tot en met het uitvoeren.',
    ],
    whenItFits: [
      'Je wilt iets nieuws maken, zoals een activiteit of een plek in de wijk.',
      'Ouders kennen en vertrouwen je al.',
      'Er is echt ruimte om dingen anders te doen.',
    ],
    groupSize: '4 tot 12 ouders, met een paar professionals.',
    time: '3 tot 6 keer 1,5 tot 2 uur, verdeeld over een paar maanden.',
    prepare: [
      'Spreek vooraf af wat ouders mogen beslissen en wat niet. Vertel dat eerlijk.',
      'Zorg dat er geld en tijd is om het plan ook echt uit te voeren.',
      'Nodig verschillende ouders uit, ook ouders die je minder vaak ziet.',
      'Kies opdrachten waarbij weinig gelezen of geschreven hoeft te worden.',
      'Spreek samen af hoe jullie beslissen.',
      'Regel oppas, een tolk, een vergoeding en een tijd die ouders uitkomt.',
    ],
    roles: [
      { role: 'Begeleider', task: 'leidt de bijeenkomsten en zorgt dat iedereen meedoet.' },
      { role: 'Ouders', task: 'bedenken, kiezen en maken mee.' },
      { role: 'Professionals', task: 'brengen kennis, tijd en geld in.' },
      { role: 'Verslaglegger', task: 'houdt bij wat jullie samen afspreken.' },
    ],
    pitfalls: [
      'Ouders mogen zogenaamd meebeslissen, maar alles ligt al vast.',
      'Alleen luisteren naar de ouders die makkelijk praten.',
      'Te lang wachten met iets doen. Laat snel iets zien.',
      'Ouders niet vertellen wat er met het plan gebeurd is.',
    ],
  },
];

export function methodGuide(key: string): MethodGuide | undefined {
  return METHOD_GUIDE.find((m) => m.key === key);
}
