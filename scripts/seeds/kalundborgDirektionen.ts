import { readyTemplate } from '../../shared/domain/templates.ts';
import { md } from './md.ts';
import type { SeedProtocol } from './seedProtocol.ts';

// REFERAT Direktionen d. 16-03-2026 (Kalundborg Kommune), Variant B. Public version:
// the closed items show only number, title and case number.

export const kalundborgDirektionen: SeedProtocol = {
  committee: {
    id: 'kalundborg-direktionen',
    name: 'Direktionen',
    members: [{ name: 'Michael Gravesen' }, { name: 'Jan Lysgaard Thomsen' }, { name: 'Michel van der Linden' }, { name: 'Thomas Knudsen' }],
    hasViceChair: false,
    template: readyTemplate('variant-b', { defaultLocation: 'Mødelokale 8' }),
    createdAt: '2026-01-05T08:00:00.000Z',
  },
  meeting: {
    id: 'kalundborg-direktionen-2026-03-16',
    date: '2026-03-16',
    time: '12:30',
    location: 'Mødelokale 8',
    firstItemNumber: 1,
    status: 'afholdt',
    approvals: [],
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '2026-03-16T14:05:00.000Z',
  },
  items: [
    // The table of contents spells it "direktionsmødet"; the item heading as printed is kept.
    { title: 'DI Vestsjælland deltager i direktionmødet', caseNumber: '26-000257', closed: true },
    { title: 'Drøftelse af materiale til planseminar 2026', caseNumber: '26-000228', closed: true },
    { title: 'Beslutning om juridiske prioriteringer for 2026', caseNumber: '25-009000', closed: true },
    {
      title: 'Beslutning om forpligtende samarbejde om etablering af en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland',
      caseNumber: '26-002507',
      sections: [
        ['Beslutning', md`Anbefales.`],
        [
          'Sagsfremstilling',
          md`
            ### Resume og sagens baggrund

            Cybersikkerhed var et centralt tema i årets økonomiforhandlinger. Det blev aftalt i økonomiaftalen, at kommunerne senest den 1. januar 2027 skal etablere 4-5 kommunale IT-serviceorganisationer med geografisk udgangspunkt i de fire regioner. Alternativt vil regeringen arbejde for at lovgive om det.

            Kommunalbestyrelsen forelægges oplæg til beslutning om, at Kalundborg Kommune indgår i forpligtende samarbejde om etablering af en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland.
          `,
        ],
        [
          'Indstillinger',
          md`Kommunaldirektøren indstiller, at kommunalbestyrelsen godkender, at Kalundborg Kommune indgår i forpligtende samarbejde om etablering af en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland.`,
        ],
        ['Behandling', md`Direktionen, Økonomiudvalget, Kommunalbestyrelsen.`],
        [
          'Sagsfremstilling',
          md`
            ### Baggrund - Aftale om kommunernes økonomi for 2026 (ØA26)

            Følgende fremgår af ØA26:

            > ”Kommunerne står over for en stadig mere kompleks cybertrussel. Erfaringer fra nabolande viser, at det kan have konkrete og alvorlige konsekvenser, hvis en kommune rammes af et cyberangreb. Samtidig oplever flere kommuner udfordringer med at rekruttere de rette it-specialistkompetencer. - Erfaringer fra både staten og kommunerne viser, at en samling af den basale it-drift (servere, netværk mv.) kan øge cybersikkerheden gennem professionalisering, øget specialisering og større faglige miljøer.
            >
            > Erfaringerne viser også, at samling af den basale it-drift kan afhjælpe rekrutteringsudfordringer samt bidrage til økonomiske skalafordele. - Der er på den baggrund enighed om, at kommunerne senest d. 1. januar 2027 vil etablere sig i nye, tværkommunale samarbejder i form af 4-5 kommunale it-serviceorganisationer med geografisk udgangspunkt i de fire regioner. De nye it-serviceorganisationer oprettes som kommunale enheder og vil inden udgangen af 2027 overtage kommunernes drift af server- og netværksinfrastruktur. Parterne har en fælles ambition om, at enhederne herefter også gradvist overtager driften af brugerstyring og monitorering, pc'er og øvrigt slutbrugerudstyr samt servicedesk og support frem mod 2030 og vil løbende drøfte fremdriften i arbejdet.
            >
            > Såfremt kommunerne ikke inden den 1. januar 2027 har etableret sig i nye IT-serviceorganisationer, vil regeringen søge Folketingets tilslutning til at fastsætte nærmere kriterier for en afgrænsning af de nye enheder”

            Regeringen og KL er desuden enige om, at det er ambitionen, at de fælleskommunale enheder frem mod 2030 skal overtage driften af de øvrige dele af kommunernes basis IT (fx brugerstyring, slutbrugerudstyr mv.). Kommunerne skal selv finde finansiering til etablering af de nye enheder. I aftalen imellem regeringen og KL er der afsat 195 mio. kr. til løft af anlægsrammen (med 45 mio. kr. i 2026 og 50 mio. kr. årligt i 2027-2029) og en tilhørende anlægslånepulje på 390 mio. kr. (fordelt på 90 mio. kr. i 2026 og 100 mio. kr. i 2027-2029) til etablering af IT-serviceorganisationerne. Der er desuden enighed om, at samlingen af kommunernes drift af basis-it kan tilvejebringe et potentiale på 210-265 mio. kr. årligt, som fastholdes i kommunerne, jf. <https://www.kl.dk/oekonomi-og-administration/oekonomi-og-styring/oekonomiaftaler>

            ### Igangværende initiativer i implementeringen

            KL har igangsat en række initiativer for at understøtte implementeringen. Nogle i samarbejde med regeringen. Det nationale arbejde forventes at tilvejebringe væsentlige dele af grundlaget for arbejdet med etablering af en fælles enhed i KKR Sjælland.

            ### Samarbejde om en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland

            KKR Sjælland og kommunaldirektørkredsen (K17) har i efteråret/vinteren 2025 fulgt opstart af arbejdet og haft indledende drøftelser om mulighederne for samarbejde mellem kommunerne i KKR Sjælland.

            Der er administrativt enighed blandt 16 kommuner (Solrød indgår i andet samarbejde) om at lægge op til, at kommunalbestyrelserne træffer beslutning om at forpligte sig til at samarbejde om etablering af en fælles it-drift- og serviceorganisation.

            Hvis Kalundborg Kommune giver tilsagn om at indgå i et forpligtende samarbejde om etablering af en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland, vil det indebære en overdragelse af ansvaret for nuværende opgaver med den basale it-drift, såsom servere og netværk m.v. I en overgangsperiode etableres en transitionsorganisation, der skal sikre, at alle funktioner kan videreføres parallelt med, at der opbygges en fælles serviceorganisation, som pr. 1. januar 2027 skal overtage funktionerne.

            Endvidere vil der forventeligt være udgifter forbundet med en transitionsorganisation og en ny fælles serviceorganisation. Den nærmere ramme herfor afdækkes af arbejdsgruppen i samarbejde med K17 og med involvering af KL.

            Arbejdet bygger i videst muligt omfang på det grundlag, der udvikles i KL og nationalt, men vil skulle tilpasses de forhold, der er i kommunerne. Ressourcer til det fælles arbejde vil som udgangspunkt skulle stilles til rådighed af de enkelte kommuner. Kommunaldirektørerne har foreløbig besluttet, at eventuelle udgifter til arbejdet, herunder konsulentbistand m.v., på maksimalt 500.000 kr. deles mellem kommunerne.

            Kommunalbestyrelserne i de 16 kommuner vil løbende i 2026 få forelagt sager om etablering af en fælles it-serviceorganisation.

            Beslutningsrækkefølgen frem mod etablering af fælles it-drift og serviceorganisation forventes i 2026 at blive sådan, at kommunalbestyrelserne i de 16 kommuner forelægges sager:
            1. Marts/april 2026 – tilslutning til forpligtende samarbejde mellem de 16 kommuner (denne sag)
            2. Juni 2026 – godkendelse af selskabs-/organisationsmodel
            3. Ultimo 2026 – godkendelse af formalisering af fælles selskab (stiftelsesdokumenter m.v.)
          `,
        ],
        [
          'Økonomiske konsekvenser',
          md`En nærmere vurdering af de samlede forventede omkostninger ved etableringen af den fælles it-serviceorganisation forventes at kunne forelægges senest i juni 2026.`,
        ],
      ],
    },
    { title: 'Drøftelse af sager på vej til udvalgsbehandling', closed: true },
    { title: 'Orientering om sager på vej til Direktionen', closed: true },
    { title: 'Formidling af Direktionens drøftelser og beslutninger til organisationen', closed: true },
    {
      title: 'Eventuelt',
      sections: [
        ['Beslutning', md`Ingen bemærkninger.`],
        // Printed as a heading with nothing under it.
        ['Sagsfremstilling', md``],
      ],
    },
  ],
};
