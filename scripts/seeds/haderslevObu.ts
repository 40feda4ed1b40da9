import { readyTemplate } from '../../shared/domain/templates.ts';
import { md } from './md.ts';
import type { SeedProtocol } from './seedProtocol.ts';

// REFERAT Organisations- og Beredskabsudvalget d. 03-02-2026 (Haderslev Kommune), Variant A.

const PROCEDURE = md`Organisations- og Beredskabsudvalget den 3. februar 2026.`;

const ORIENTERING_INDSTILLING = md`
  Kommunaldirektøren indstiller, at
  - orienteringen tages til efterretning.
`;

export const haderslevObu: SeedProtocol = {
  committee: {
    id: 'haderslev-obu',
    name: 'Organisations- og Beredskabsudvalget',
    members: [
      { name: 'Holger Mikkelsen' },
      { name: 'Finn Lykkeskov' },
      { name: 'Carsten Dyhre Hansen' },
      { name: 'Jørgen Smed' },
      { name: 'Svend Brandt' },
    ],
    hasViceChair: true,
    template: readyTemplate('variant-a', { defaultLocation: 'Rådhuset, indgang A, stuen, lokale Hammelev' }),
    createdAt: '2026-01-05T08:00:00.000Z',
  },
  meeting: {
    id: 'haderslev-obu-2026-02-03',
    date: '2026-02-03',
    time: '14:30',
    location: 'Rådhuset, indgang A, stuen, lokale Hammelev',
    firstItemNumber: 10,
    status: 'godkendt',
    // 15:42–16:08 Danish time (CET, UTC+1).
    approvals: [
      ['Holger Mikkelsen', '2026-02-03T14:42:00.000Z'],
      ['Finn Lykkeskov', '2026-02-03T14:47:00.000Z'],
      ['Carsten Dyhre Hansen', '2026-02-03T14:53:00.000Z'],
      ['Jørgen Smed', '2026-02-03T15:01:00.000Z'],
      ['Svend Brandt', '2026-02-03T15:08:00.000Z'],
    ],
    createdAt: '2026-01-26T09:00:00.000Z',
    updatedAt: '2026-02-03T15:08:00.000Z',
  },
  items: [
    {
      title: 'Godkendelse af dagsorden',
      caseNumber: '25/30730',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller, at
            - dagsordenen godkendes.
          `,
        ],
        ['Procedure', PROCEDURE],
        ['Beslutning', md`Godkendt`],
      ],
    },
    {
      title: 'Introduktion - IT og digitalisering',
      caseNumber: '25/30730',
      sections: [
        [
          'Sagsresume',
          md`
            Introduktion til IT- og digitaliseringsområdet.

            Formålet er at give Organisations- og Beredskabsudvalget en grundlæggende og fælles forståelse af de strategiske områder, som udvalget kommer til at beskæftige sig med i forhold til digitalisering, informationssikkerhed og cybersikkerhed samt etablering af fælleskommunale IT-driftsorganisationer.

            Direktøren for Arbejdsmarked og Borgerservice og Chefen for IT og Digitalisering deltager i punktet.
          `,
        ],
        ['Indstilling', ORIENTERING_INDSTILLING],
        [
          'Sagsfremstilling',
          md`
            I forlængelse af Organisations- og Beredskabsudvalgets drøftelse og godkendelse den 13. januar 2026 (sag 3) af plan for introduktion til udvalgets område og opgaver gives på dette møde en grundig introduktion til IT- og digitaliseringsområdet.

            Introduktionen skal understøtte udvalgets afsæt for at varetage forvaltningen af Haderslev Kommunes strategiske opgaver med Digitalisering, Informationssikkerhed og Cybersikkerhed samt etablering af fælleskommunale IT-driftsorganisationer jf. Styrelsesvedtægten for Haderslev Kommune. Jf. Kompetenceplanen er det strategiske arbejde med Digitalisering, informationssikkerhed, cybersikkerhed og fælleskommunal IT-drift forankret i Organisations- og Beredskabsudvalget.

            Bilag 1: Haderslev Kommunes digitaliseringsstrategi

            Bilag 2: Strategi for awareness i Haderslev Kommune

            Bilag 3: Informationssikkerhedspolitik.
          `,
        ],
        ['Procedure', PROCEDURE],
        ['Beslutning', md`Taget til efterretning`],
      ],
      attachments: [
        'HaderslevKommune-Digitaliserings-Strategi-2023-endelig_#59590-24_CaseNo22-22880.pdf',
        'Strategi for awareness i Haderslev Kommune_#47123-25_CaseNo24-16861.pdf',
        'Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf',
      ],
    },
    {
      title: 'Etablering af tværkommunalt IT-samarbejde',
      caseNumber: '26/777',
      sections: [
        [
          'Sagsresume',
          md`
            For at styrke cybersikkerheden skal kommunerne senest den 1. januar 2027 have etableret sig i 4-5 fælles løsninger for server- og netværksdrift med geografisk udgangspunkt i de fire regioner. Derfor vil der i 2026 være en række politiske beslutninger, der skal lede til dette, som Organisations- og Beredskabsudvalget her orienteres om.
          `,
        ],
        ['Indstilling', ORIENTERING_INDSTILLING],
        [
          'Sagsfremstilling',
          md`
            Regeringen og kommunerne blev i forbindelse med Økonomiaftalen for 2026 (se ØA26-bilag punkt 7) enige om, at kommunerne vil etablere sig i 4-5 tværkommunale IT-serviceorganisationer, omhandlede server og netværk. Formålet er at øge cybersikkerheden på baggrund af den stadig mere komplekse cybertrussel mod kommunerne. Derudover kan det være med til at afhjælpe rekrutteringsudfordringer.

            Server og netværk er en delmængde af de kommunale IT-opgaver, der grundlæggende kan opdeles i basis-IT og applikations-IT, hvor server og netværk hører til basis-IT.

            Styrende for samarbejdet om server og netværk er, at det både skal styrke cybersikkerheden og samtidig fastholde plads til lokalt politisk prioriteringsrum.

            Processen ifølge ØA26 er, at
            - kommunerne senest d. 1. januar 2027 vil etablere sig i 4-5 tværkommunale samarbejder med geografisk udgangspunkt i de fire regioner
            - enhederne vil inden udgangen af 2027 overtage kommunernes drift af server- og netværksinfrastruktur.

            Der er ifølge ØA26 en ambition om, at enhederne vil overtage driften af de øvrige basis-IT-opgaver frem mod 2030.

            Det kræver en række beslutninger i 2026 for at samarbejdet er etableret 1. januar 2027. Der vil i 2026 som minimum være to beslutningsrunder. Første beslutningsrunde vil være i løbet af de kommende måneder og vil forventeligt omhandle:
            1. Samarbejdskommuner: Beslutning om den gruppe af andre kommuner, som kommunen skal indgå IT-samarbejde med.
            2. Samarbejdsform: Stillingtagen til om samarbejdet f.eks. skal være aftalebaseret eller oprettelse af ny organisation.
            3. Transitionssamarbejde: Beslutning om at etablere og indgå i et fælles kommunalt transitionssamarbejde, der skal forestå arbejdet med at sikre etablering af samarbejdet og planlægge transitionen.
            4. Opgavesnit: Beslutning om hvilke IT-opgaver samarbejdet skal omhandle.

            En anden beslutningsrunde forventes i august eller september 2026.

            Tidsplanerne vil også blive præsenteret på mødet.

            ### Økonomiske forhold

            De økonomiske forhold er på nuværende tidspunkt uafklaret. Der forventes investeringer for at følge ambitionen om at øge cybersikkerheden.
          `,
        ],
        ['Procedure', PROCEDURE],
        ['Beslutning', md`Taget til efterretning`],
      ],
      attachments: ['Aftale om kommunernes økonomi for 2026 (ØA26)'],
    },
    {
      title: 'Kommissorier til budgetanalyser',
      caseNumber: '25/30730',
      sections: [
        [
          'Sagsresume',
          md`
            Orientering om kommissorier til budgetanalyser.

            Arbejdet med at udarbejde kommissorier til budgetanalyser er i valgperioden 2026-2029 forankret i Organisations- og Beredskabsudvalget. I denne sag orienteres udvalget om kommissorier, som er udarbejdet i forlængelse af Budgetforlig 2026-2029 og godkendt af det tidligere økonomiudvalg den 9. december 2025.

            Økonomichefen deltager under punktet.
          `,
        ],
        ['Indstilling', ORIENTERING_INDSTILLING],
        [
          'Sagsfremstilling',
          md`
            I forbindelse med budgetforlig 2026-2029 er der besluttet seks budgetanalyser. Budgetanalyserne skal bidrage til at skabe råderum på både kort og langt sigt, herunder at sikre kommunalbestyrelsen økonomisk handlerum i kommende budgetforhandlinger.

            Et vigtigt element i budgetanalyserne er derfor at komme med forslag til realisering af et eventuelt råderum.

            Det tidligere Økonomiudvalg har den 9. december 2025 (sag 220) godkendt kommissorier til hver af de seks budgetanalyser. Kommissorierne definerer formål, fokusområder, organisering, leverancer og tidsplan for arbejdet med analyser af henholdsvis:
            - Dagtilbud: Udgifter til dagtilbud pr. 0-5-årig
            - Udsatte voksne og handicap: Udvikling i udgifter til herberger
            - Sundhed: Driftsudgifter til hjemmesygepleje
            - Beskæftigelse: Andel tidligere dagpengemodtagere i selvforsørgelse efter 12 måneder
            - Beskæftigelse: Andel af borgere med andre problemer end ledighed
            - Beskæftigelse: Andel af fleksjobvisiterede, som har fået et fleksjob.

            Budgetanalyserne udarbejdes i foråret 2026 med afrapportering ved kommunalbestyrelsens budgetseminar den 10. september 2026. Resultaterne kan indgå i det supplerende budget 2027-2030, og vil blive forelagt Organisations- og Beredskabsudvalget og Økonomiudvalget inden Kommunalbestyrelsens 1. behandling af budgettet.

            Dagsordenspunkt 220 fra det tidligere økonomiudvalgs møde 9. december 2025 og de seks kommissorie-tekster fremgår af Bilag 1-7.
          `,
        ],
        ['Procedure', PROCEDURE],
        ['Beslutning', md`Taget til efterretning`],
      ],
      attachments: [
        'Punkt 220, Kommissorier til budgetanalyser, Økonomiudvalget 19. december 2025.pdf',
        'Kommissorium, Udgifter til dagtilbud pr. 0-5 årig.pdf',
        'Kommissorium, Udvikling i udgifter til herberger.pdf',
        'Kommissorium, Driftsudgifter til hjemmesygepleje.pdf',
        'Kommissorium, Andel tidligere dagpengemodtagere i selvforsørgelse efter 12 mdr..pdf',
        'Kommissorium, Andel borgere med andre problemer.pdf',
        'Kommissorium, Andel af fleksjobvisiterede, som har fået et fleksjob.pdf',
      ],
    },
    {
      title: 'Kontaktudvalg for Beredskabsplanlægning',
      caseNumber: '26/1312',
      sections: [
        ['Sagsresume', md`Orientering om Kontaktudvalget for Beredskabsplanlægning i Haderslev Kommune.`],
        ['Indstilling', ORIENTERING_INDSTILLING],
        [
          'Sagsfremstilling',
          md`
            I denne sag orienteres Organisations- og Beredskabsudvalget om Kontaktudvalget for Beredskabsplanlægning i Haderslev Kommune og om udvalgets næste møde.

            I henhold til tillæg til "Samarbejdsaftale mellem Brand og Redning Sønderjylland og Haderslev, Aabenraa og Tønder Kommuner" (se Bilag 1) er der for hver kommune nedsat et kontaktudvalg for ajourføring og afprøvning af kommunens beredskabsplaner.

            Udvalget mødes mindst én gang årligt for at drøfte og afklare:
            - Status for planer og behov for nye planer
            - Behov for øvelser
            - Risikostyring ift. Brand og Redning Sønderjylland.

            Kontaktudvalget er sammensat således, at den generelle beredskabsplan (Beredskabsloven §25), Sundhedsberedskabsplanen (Sundhedsloven §210), Strandrensningsplanen (Havmiljøloven §35) samt kommunens oversvømmelsesplan er dækket. Jf. Haderslev Kommunes generelle beredskabsplan (se Bilag 2) er udvalget repræsenteret ved Direktøren for Teknik og Klima samt ansvarlige fagchefer for hhv. Plan og Byg, Drift og Anlæg, Klima og Miljø, Senior og Rehabilitering samt Kultur og Fritid.

            Kontaktudvalget for Haderslev Kommune mødes næste gang den 16. februar 2026. Organisations- og Beredskabsudvalget vil efterfølgende blive orienteret om referatet fra mødet.
          `,
        ],
        ['Procedure', PROCEDURE],
        ['Beslutning', md`Taget til efterretning`],
      ],
      attachments: ['Samarbejdsaftale Tillæg 2 om Beredskabsplanlægning.pdf', 'Generel Beredskabsplan 2026-2029 for Haderslev Kommune.pdf'],
    },
    {
      title: 'Gensidig orientering',
      caseNumber: '25/30730',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller, at
            - punktet drøftes.
          `,
        ],
        ['Procedure', PROCEDURE],
        ['Beslutning', md`Intet at bemærke`],
      ],
    },
    {
      title: 'Underskriftsside',
      caseNumber: '25/30730',
      sections: [
        [
          'Sagsresume',
          md`Organisations- og Beredskabsudvalget skal godkende beslutningsprotokollen. For at godkende skal hvert udvalgsmedlem underskrive ved at trykke Godkend.`,
        ],
        ['Procedure', PROCEDURE],
      ],
    },
  ],
};
