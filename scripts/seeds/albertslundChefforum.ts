import { readyTemplate } from '../../shared/domain/templates.ts';
import { md } from './md.ts';
import { table } from './table.ts';
import type { SeedProtocol } from './seedProtocol.ts';

// REFERAT Chefforum d. 28-01-2026 (Albertslund Kommune), Variant C.

const INTET = md`Intet at bemærke.`;

const PRAKTIK_TABLE = table(
  [
    'Afdeling',
    'Løntilskud, måltal pr år',
    'Løntilskud, ca. måltal løbende',
    'Virksomhedspraktik, måltal pr. år',
    'Virksomhedspraktik, ca. måltal løbende',
  ],
  [
    ['Ældre, Sundhed & Social', '16', '4', '126', '10'],
    ['Borger, Arbejdsmarked & Erhverv', '3', '1', '23', '2'],
    ['Børn & Familie', '3', '1', '27', '2'],
    ['Dagtilbud & Skole', '28', '7', '223', '17'],
    ['Kultur, Fritid & Ejendomme', '5', '1', '44', '3'],
    ['Miljø & Teknik', '3', '1', '28', '2'],
    ['Økonomi & Stab', '2', '0', '16', '1'],
    ['**Total**', '**60**', '**15**', '**487**', '**37**'],
  ],
);

// The PDF's two-column programme table; the extraction split it at a page break. Reconstructed:
// the two loose bullets continue Dag 1's list of nedslag, and "Aften" (the dinner the decision
// moves to lunch "på dag 1") ends Dag 1; the second numbered point belongs to Dag 2.
const LEDERDAGE_TABLE = table(
  ['21\\. maj - Dag 1', '22\\. maj - Dag 2'],
  [
    [
      md`
        Kl. 09.00 – 15.00

        Lederne arbejder på tværs af områderne med overskriften: Hvordan skaber vi mening og sund drift i en uforudsigelig hverdag?

        Lederne arbejder med den udvalgte overskrift gennem følgende nedslag i løbet af dagen, der skal give viden og inspiration:
        - Eksternt oplæg
        - Interne oplæg og udvalgte cases fra organisationen
        - Præsentation af konkrete værktøjer
        - Øvelser og refleksioner på tværs af lederne
        - Kobling til egen ledelsespraksis for den enkelte leder

        Aften:
        Fællesspisning og socialt indslag et udvalgt sted i Albertslund
      `,
      md`
        09.00 – 12.00

        Lederne skal arbejde i afdelingens egen ledergruppe, hvor der skal samles op på læring, input og refleksioner fra dag 1. Lederne skal omsætte og oversætte læringen til deres egen kontekst.

        Formålet med dagen er todelt:
        1. Afdelingsvis skal lederne samle op på dag 1: Aftale og forpligte hinanden på, hvordan den enkelte leder vil arbejde med indholdet og værktøjerne i hverdagen.
        2. Der skal for den enkelte leder aftales, hvilke af de udbudte kurser inden for driftsledelse, som lederne skal deltage i det kommende år for at opbygge de nødvendige kompetencer.
      `,
    ],
  ],
);

export const albertslundChefforum: SeedProtocol = {
  committee: {
    id: 'albertslund-chefforum',
    name: 'Chefforum',
    members: [
      { name: 'Henrik Harder', label: 'Kommunaldirektør' },
      { name: 'Kristine Klæbel', label: 'Direktør By, Kultur, Miljø & Beskæftigelse' },
      { name: 'Lise Valentin Bayer', label: 'Direktør Børn, Sundhed & Velfærd' },
      { name: 'Marie Aasøe', label: 'Afdelingschef for Økonomi & Stab' },
      { name: 'Dorthe Espenhein', label: 'Afdelingschef Borger, Arbejdsmarked & Erhverv' },
      { name: 'Marie Brøchner Jespersen', label: 'Afdelingschef Miljø & Teknik' },
      { name: 'René Birkemark Olesen', label: 'Afdelingschef Kultur, Fritid & Ejendomme' },
      { name: 'Tine Buch Juhl', label: 'Afdelingschef Børn & Familie' },
      { name: 'Tanja Thor Møller', label: 'Afdelingschef Ældre, Sundhed & Social' },
      { name: 'Rikke Skovgaard Andersen', label: 'Afdelingschef Dagtilbud & Skole' },
    ],
    hasViceChair: false,
    template: readyTemplate('variant-c', { defaultLocation: 'Mødelokale 915' }),
    createdAt: '2026-01-05T08:00:00.000Z',
  },
  meeting: {
    id: 'albertslund-chefforum-2026-01-28',
    date: '2026-01-28',
    time: '09:00',
    location: 'Mødelokale 915',
    firstItemNumber: 1,
    status: 'afholdt',
    approvals: [],
    createdAt: '2026-01-21T09:00:00.000Z',
    updatedAt: '2026-01-28T13:20:00.000Z',
  },
  items: [
    {
      title: 'Godkendelse af dagsorden og referat',
      caseNumber: '00.01.00-A00-32-24',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at dagsordenen godkendes
            2. at referat godkendes
          `,
        ],
        ['Beslutning', md`Chefforum godkendte dagsorden og referat.`],
      ],
    },
    {
      title: 'Status Budget 2027',
      caseNumber: '00.30.04-Ø00-21-26',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at Chefforum tager en videre drøftelse af proces for arbejdet med tværgående forslag til Budget 2027.
          `,
        ],
        [
          'Resumé',
          md`Chefforum drøftede mødet den 13. januar 2026 muligheder og ideer for tværgående budgetforslag, og drøftelsen genoptages på dette møde.`,
        ],
        [
          'Sagsfremstilling',
          md`
            *(20 min.)*

            Chefforum drøftede på på sidste møde muligheder og ideer for tværgående budgetforslag.

            Chefforum skal drøfte, hvilke tværgående forslag det er relevant at arbejde videre med, samt hvorledes der skal arbejdes videre med ideer og forslag.
          `,
        ],
        ['Kommunens vision og politikker', INTET],
        ['Økonomi', INTET],
        ['Lovgrundlag', INTET],
        ['Borgerperspektiv', INTET],
        [
          'Beslutning',
          md`Kommunaldirektøren præsenterede, hvilke tværgående forslag, fra øvelsen på Chefforum den 13. januar 2026, som organisationen skal arbejde videre med. Listen over tværgående forslag, der skal arbejdes videre med fremgår som bilag til sagen. Chefforum drøftede de tværgående forslag, og skal for hvert deres område kigge videre på forslagene med henblik på, hvor der kan findes besparelser.`,
        ],
      ],
      attachments: ['Tværgående forslag - opsamling CF 28. januar 2026'],
    },
    {
      title: 'Orientering om introduktion af Mit Forventede Regnskab',
      caseNumber: '00.30.14-P00-1-25',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at præsentationen tages til efterretning
          `,
        ],
        [
          'Sagsfremstilling',
          md`
            *(30 min.)*

            På Chefforum den 17. december 2025 efterspurgte Chefforum en præsentation af Mit Forventede Regnskab (MFR).

            Præsentationen eftersendes.
          `,
        ],
        ['Kommunens vision og politikker', INTET],
        ['Økonomi', INTET],
        ['Lovgrundlag', INTET],
        [
          'Beslutning',
          md`Økonomi & Indkøb præsenterede mulighederne i arbejdet med Mit Forventede Regnskab ude på arbejdspladserne, der fremgår som bilag til sagen. Herunder at systemet kan give et overblik over alt, der ikke er variabel løn, hvorfor den enkelte arbejdsplads selv aktivt skal vurdere og indsætte fx vikarer, weekendvagter mv. Det som ikke kan forudsiges et år frem, er lederens ansvar at sætte ind i systemet og følge op på. Systemet skal give enhederne de bedste forudsætninger for budgetoverblik og budgetoverholdelse ved, at arbejdspladserne hele tiden skal vurdere økonomien ift. det, lederen har planlagt. Økonomi & Indkøb vil, som det fremgår af præsentationen med planen for udrulning i marts 2026, understøtte arbejdet i enhederne, bl.a. med workshops. Videre kan enhederne med fordel bruge hinanden til sparring og videndeling i hverdagen. Chefforum tog præsentationen til efterretning.`,
        ],
      ],
      attachments: ['MFR præsentation'],
    },
    {
      title: 'Orientering om Budgetforslag 2026 6.1',
      caseNumber: '85.15.00-A00-1-24',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller, at
            1. Den beskrevne plan for delvis udmøntning af Budgetkatalog 6.1. Konsolidering af drift og indkøb af it-systemer og pc'ere 2026 godkendes
            2. Etablering af en styregruppe godkendes og
            3. Chefforum udnævner medlemmer til styregruppen iblandt sig
          `,
        ],
        [
          'Resumé',
          md`I Budgetkatalogforslag 6.1 for budget 2026 beskrives behovet for en it-omkostningsanalyse for at skabe overblik og gennemsigtighed i Albertslund Kommunes samlede it-økonomi med det mål at sikre et databaseret grundlag for fremtidige prioriteringer og krav. Som delvis udmøntning af budgetkatalogforslaget gennemføres en analyse fra januar til juni 2026. For at sikre kvalitet, relevans og organisatorisk forankring af det samlede budgetforslag nedsættes en styregruppe, der bidrager til systemudvælgelse, kommunikation og kobling til fagområderne. Resultatet bliver et valideret og handlingsorienteret beslutningsgrundlag, som giver overblik over økonomi, sikkerhed, organisering og konsolideringsmuligheder samt styrker ledelsens indsigt i kommunens digitale modenhed.`,
        ],
        [
          'Sagsfremstilling',
          md`
            (15 min.)

            ### *Baggrund*

            I Budgetkatalog 6.1 "Konsolidering af drift og indkøb af IT-systemer og PC'ere" (bilag 1) for Budget 2026 beskrives behovet for overblik og gennemsigtighed i kommunens kritiske infrastruktur, som udgøres af ca. 450-500 digitale værktøjer og tekniske installationer, så driftssikkerhed og bæredygtighed sikres på både kort og lang bane.

            Analysen bidrager med et solidt og databaseret beslutningsgrundlag for fremadrettet prioritering af digitaliseringsindsatser til effektivisering og konsolidering af drift af digitale og teknologiske løsninger. Dertil understreger den planlagte etablering af nationale centre for fælles it-drift (jf. Regeringens Økonomiaftale for 2026) behovet for et overblik over kommunens nuværende it-landskab og tilhørende økonomi, så kommunen er godt rustet til det kommende tværkommunale samarbejde.

            I forbindelse med igangsættelse af it-analysen nedsættes en styregruppe med deltagere fra chefforum for at sikre, at analysen får belyst alle relevante området og systemer, samt sikrer organisatorisk forankring. Analysen skal give et samlet billede af kommunens it-økonomi, teknologiportefølje og brugertilfredshed og dermed styrke grundlaget for kommende konsolideringskrav, krav til øget cybersikkerhed og en mere bæredygtig digital forvaltning.

            ### *Valg af leverandør*

            IT Optima er valgt som leverandør, fordi de som de eneste på det danske marked har gennemført it-analyser i mere end 70 kommuner og derfor råder over en omfattende benchmark-database. Deres metode – TIP Benchmarking – kombinerer økonomianalyse og brugerundersøgelse i en gennemprøvet model. Denne tilgang giver Albertslund Kommune et solidt grundlag for at vurdere egne omkostninger, organisering og brugertilfredshed i et kommunalt benchmark-perspektiv.

            ### *Todelt analyse*

            Analysen består af en økonomisk kortlægning (TCO - total cost of ownership) og en it-brugerundersøgelse.

            TCO-analysen bidrager til at kortlægge kommunens samlede it-omkostninger i hhv. 2022 og 2025, herunder drift, sikkerhed, support, udvikling og ledelse. De to år er valgt for at få et datagrundlag at kunne sammenholde forbruget i de to nedslagsår med, for derved at kunne illustrere (evt.) stigende udgifter til licenser med årsagsforklaring (øget antal licenser, højere pris per licens og/eller øget antal systemer indkøbt). Data på de to år gør det endvidere muligt at lave et overslag over udgifter på et gennemsnitsår til brug i fremtidig budgetarbejde.

            Data indsamles for alle it- og teknologiske investeringer på tværs af alle fagområder for at få et samlet overblik over hele kommunens forbrug på nedenstående kategorier, hvoraf flere er indkøbt udenom IT & Digitalisering men stadig falder under it- og teknologiske investeringer og regler:
            - PC'er, mobiler, tablets
            - Overvågningskameraer og droner
            - AV-udstyr i mødelokaler
            - Servere, licenser og datainfrastruktur
            - Digitale løsninger, herunder velfærdsteknologi og kunstig intelligens

            Datatrækket valideres i samarbejde mellem kommunen og IT Optima og danner grundlag for IT Optimas analyse og benchmark op imod sammenlignelige kommuner.

            Brugerundersøgelsen undersøger medarbejdernes oplevelse af it-servicen – blandt andet mobilitet, support, digital modenhed og systemernes understøttelse af arbejdsopgaver. Undersøgelsen bygger på en standardiseret spørgeramme, som suppleres med tre Albertslund-specifikke spørgsmål, som styregruppen bidrager til at formulere. Brugerundersøgelsen sendes til samtlige ansatte i Albertslund Kommune fraregnet IT & Digitalisering, da de betragtes som inhabile i undersøgelsen.

            ### *Tidsplan*

            Analysen gennemføres fra januar til juni 2026 med følgende hovedaktiviteter: opstartsmøde og dataindsamling i januar-februar, TCO-indsamling og brugerundersøgelse i februar–marts, validering og evt. justering af analysens datagrundlag i april–maj og endelig præsentation af analysen i juni.

            ### *Styregruppen - behov og formål*

            For at sikre organisatorisk forankring og sikring af det bedst mulige datagrundlag og fokus i brugerundersøgelse og systemanalysen, samt efterfølgende implementering af analysens anbefalinger, foreslås det at nedsætte en styregruppe. Gruppen vil bidrage til udvælgelse af systemer samt de tre kommunespecifikke spørgsmål. Derudover skal gruppen understøtte kommunikation og forankring i fagområderne og medvirke til, at analysens resultater omsættes til handling i den efterfølgende implementering af budgetkatalogforslaget. Styregruppen foreslås sammensat af repræsentanter fra de større fagområder, som er repræsenteret i Chefforum foruden afdelingschefen for Økonomi & Stab.

            I udpegning af styregruppens medlemmer anbefales det 1) at lægge vægt på fagområdets mængde af IT-systemer og IT-systemernes kritikalitet med særligt fokus på sårbare borgergrupper og 2) ejerskab af fysiske og tekniske installationer (fx mødelokaler, overvågning, alarmer og beredskab).

            ### *Forventede gevinster*

            Analysen skal skabe et samlet og valideret overblik over it-økonomien og dermed direkte understøtte de fem hovedelementer i Budgetforslag 6.1.
            1. Overblik over kommunens brug og indkøb af it og teknologi i dag ("as is")
            2. Forslag til skridt for mere gennemsigtig og transparent it-drift- og -investeringer fremadrettet ("to be")
            3. Kortlægning af eksisterende kompetencer og behov for opkvalificering
            4. Fokus på compliance (GDPR, NIS2, AI-forordning m.m. ved brug af eksisterende løsninger (KITOS, WIRED, Topdesk, teams mm.))
            5. Plan for implementering fra 2. halvår 2026 og frem.

            Styregruppen bidrager til at udpege de 26-28 systemer, som vi selv definerer som de væsentligste til at få udarbejdet en tilbunds gående analyse med anbefalinger. IT Optima har kategoriseret en lang række systemtyper, som de anbefaler, at vi vælger (fx ESDH) og derudover vil styregruppe kunne supplere med særligt relevante og/eller problematiske systemer, som de ønsker analyseret. Her vil udpegning af systemer ske ud fra kriterier, som størrelse (i brugerantal og/eller udgiftsniveau), kritikalitet (systemsikkerhed og/eller understøttelse af særligt sårbare grupper af borgere) og særlig organisatorisk fokus etc.

            Analysen vil medvirke til skærpet proces for godkendelse og indkøb af nye systemer, licenser og hardware i kommunen, samt skabe sikkerhed for at processerne forankres og udvikles fremadrettet. Til dette arbejde forventes der afsat et fuldt årsværk til en IT-projektleder fra 2027 og frem, hvilket vil ske ved omplacering af budgetter indenfor afdelingerne i forlængelse af den effektiviseringsgevinst, der forventes.

            Alle fagområder kan blive berørt af konsolideringen og effektiviseringen i forbindelse med det behov, der vil være for at strømline vores systemer samt den ændrede struktur for opgaveløsning og budget.
          `,
        ],
        ['Kommunens vision og politikker', INTET],
        [
          'Økonomi',
          md`Budgetforslag 6.1 forventes at medføre en besparelse på 2,2 mio. kr. årligt efter implementering i 2026. Der afsættes 750.000 kr. i 2026 til analyse. Herudover indebærer forslaget finansiering af en IT- projektleder (0,8 mio. kr. årligt) fra budget 2027 og frem. Det vil ske ved omplacering af budgetter indenfor afdelingerne.`,
        ],
        ['Lovgrundlag', INTET],
        ['Borgerperspektiv', INTET],
        [
          'Beslutning',
          md`Leder af It & Digitalisering præsenterede plan for udmøntning af budgetforslag 6.1, herunder formål og behov for en styregruppe. Chefforum besluttede, at styregruppen består af Rikke (DS), Marie (ØS) samt Tanja (ÆSS). Chefforum bemærkede vigtigheden af, at Økonomi inddrages i arbejdet, muligheden for at afdække om systemer er "nice to" eller "need to" samt at inddrage organisationen.`,
        ],
      ],
      attachments: ["Bilag 1_Budgetkatalog 6.1 Konsolidering af drift og indkøb af IT systemer og PC'ere 2026"],
    },
    {
      title: 'Orientering om status for praktikker og løntilskud i kommunen',
      caseNumber: '15.20.00-A00-1-23',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at Chefforum tager status for 2025 til efterretning
            2. at Chefforum drøfter, hvordan de justerede måltal for 2026 nås
          `,
        ],
        [
          'Resumé',
          md`
            *(15 min.)*

            Praktik og løntilskud er en vigtig del af den aktive beskæftigelsesindsats, der hjælper de ledige albertslundere i job. Som en af kommunens største arbejdspladser har vi i Albertslund Kommune også selv løbende ledige i praktik og løntilskud.

            Der er igennem en længere periode igangsat en række tiltag for at øge antallet af praktikker og løntilskud på de kommunale arbejdspladser. Både tværgående tiltag for at understøtte afdelingerne bedre og lokale tiltag i de enkelte afdelinger. Sagen her giver en status for 2025, og anviser måltal for alle afdelinger 2026.

            Med afsæt i de nye måltal vil der være brug for, at alle afdelinger og arbejdspladser forsat arbejder med at gøre praktik og løntilskud for ledige albertslundere til en fast del af deres praksis.
          `,
        ],
        [
          'Sagsfremstilling',
          md`
            *(15 min.)*

            ### *Status for 2025*

            Den samlede status for 2025 er, at der var 205 virksomhedspraktikker og 40 løntilskud. Det var tæt på niveauet i 2024, hvor der var 211 praktikker og 37 løntilskud. Tallene dækker over nogle forskydninger mellem afdelinger, arbejdssteder og stillingstyper, som det fremgår af bilaget til sagen.

            Det er værd at bemærke, at der var flere borgere i praktik og løntilskud på rådhuset i 2025, mens andre institutioner særligt på dagtilbudsområdet har haft færre i praktik og løntilskud.

            ### *Effektmåling af praktikker og løntilskud*

            Den vedhæftede effektmåling viser, at der fortsat er en god effekt af praktikker og løntilskud i Albertslund Kommune. Effekt er her defineret som, hvor stor en andel af de ledige borgere, der har fået lukket deres sag i Jobcenteret 3 måneder efter endt praktik eller løntilskud.

            Når der sammenlignes med praktik og løntilskud uden for Albertslund Kommune (primært hos private virksomheder), så har der været en bedre effekt i 2025 i de kommunale forløb. Sammenlignes virksomhedspraktik, løntilskud og nytteindsats er der størst effekt ved løntilskud. Nytteindsats er også relativt effektiv, og effekten er steget fra 2024 til 2025.

            Selvom virksomhedspraktik er den mindst effektfulde af de tre, så er det stadig 24% af forløbene, der har en effekt efter 3 måneder, hvor borgeren således ikke længere er på ydelse. Dette bidrager positivt til kommunens samlede økonomi.

            ### *Nye måltal for 2026*

            Måltallene for 2025 var henholdsvis 781 for praktikker og 143 for løntilskud, og resultatet med de 205 virksomhedspraktikker og 40 løntilskud er derfor langt fra måltallene.

            Som tidligere besluttet på Chefforum er der lavet en ny beregning af behovet for praktikker og løntilskud på kommunens arbejdspladser i 2026.

            I denne er der set på en række parametre:
            - Den nye reform beskæftigelsessystemet
            - De investeringsforslag, der blev godkendt i budgetprocessen 2026, som tilsiger en aktiv indsats for de nyledige, der omfatter praktik
            - Det aktuelle antal ledige; Jobcentret har blandt andet fået flere ledige dagpengemodtagere i den seneste tid. Flere borgere har derfor behov for at få afprøvet deres kompetencer og skærpet deres jobsøgning via en virksomhedspraktik og/eller et løntilskudsjob
            - Besparelser afledt af reformen på aktivering samt udmeldte "sigtelinjer" fra KL, der begrænser kommunernes indkøb af aktivering (konto 5)

            Det samlede måltal for virksomhedspraktik er sat til 50 løbende pladser. Med en besættelsesgrad på 75% svarer det til at der skal være 37 borgere løbende i praktik samlet i kommunen. Måltallet er sat ned fra de tidligere 80 løbende pladser. Alt efter hvordan beskæftigelsesindsatsen udvikler sig med den nye reform og antallet af ledige kan det blive nødvendigt at justere dette måltal op igen.

            For løntilskud er måltallet sat ned fra 47 til 15 løbende i løntilskud. Dette gør, at der er plads til, at der kan ansættes borgere både i løntilskud samt lønnede timer, som der tidligere er taget politisk stilling til.

            Måltallene er fordelt efter en årsværksnøgle for hver afdeling.

            ${PRAKTIK_TABLE}
          `,
        ],
        [
          'Kommunens vision og politikker',
          md`Praktik og løntilskud taler ind i Beskæftigelsespolitikens målsætning om, at flere albertslundere er en del af arbejdsmarkedet.`,
        ],
        [
          'Økonomi',
          md`Praktik og løntilskud bidrager til at færre borgere er på ydelse, samt at der kan realiseres besparelser på aktivering (konto 5) afledt af Beskæftigelsesreformen.`,
        ],
        ['Lovgrundlag', INTET],
        [
          'Borgerperspektiv',
          md`Erfaringen er, at borgerne får relevante erfaringer, der bidrager til at øge mulighederne for at komme hurtigere i job.`,
        ],
        [
          'Beslutning',
          md`Afdelingschef for Borger, Arbejdsmarked & Erhverv orienterede om praktik og løntilskud i Albertslund Kommune. Chefforum delte erfaringer, der kan understøtte, at flere kommer i praktik og løntilskud, bl.a. ved at én leder kan udarbejde en konkret opgaveliste, som kan bruges på tværs af ledergruppen til inspiration og motivation. Chefforum efterspurgte overblik over virksomhedskonsulenterne, som kan tilgå afdelingerne. Chefforum tog orienteringen til efterretning.`,
        ],
      ],
      attachments: ['Status for praktikker og løntilskud i Albertslund Kommune'],
    },
    {
      title: 'Orientering om ledelsesprogram i Albertslund Kommune',
      caseNumber: '00.01.00-A00-11-25',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at oplæg om ledelsesprogrammet tages til efterretning
            2. at de fælles lederdage den 21. - 22. maj 2026 drøftes
          `,
        ],
        [
          'Resumé',
          md`Arbejdsgruppen har udarbejdet et revideret oplæg om ledelsesprogrammet, der skal igangsættes i foråret 2026 til orientering. Chefforum skal drøfte det første fælles nedslag i ledelsesprogrammet, der afholdes den 21. - 22. maj 2026 i Albertslund.`,
        ],
        [
          'Sagsfremstilling',
          md`
            (20 min.)

            Chefforum behandlede den 3. december 2025 et oplæg om ramme og indhold for det kommende ledelsesprogram i Albertslund Kommune. På baggrund af Chefforums kommentarer og input har arbejdsgruppen udarbejdet et nyt oplæg til orientering. I det reviderede oplæg, der fremgår som bilag til sagen, fremgår rettelser og tilføjelser med rødt.

            I det nye oplæg er der især arbejdet med at gøre følgende pointer mere tydelige for forløbet:
            - Kobling og oversættelse af teori og værktøjer på de fælles lederdage til ledernes egen hverdag og praksis
            - Fokus på at udvikle kompetencer inden for driftsledelse under det to-årige forløb
            - Chefer og lederes ansvar og roller for at understøtte, at læringen i ledelsesprogrammet især finder anvendelse mellem de fælles lederdage.

            ### Fælles lederdage forår 2026

            Chefforum besluttede den 16. december 2026, at der ikke skal afholdes lederdøgn i 2026 grundet den økonomiske situation i Albertslund Kommune. I stedet skal der planlægges program for den 21. - 22. maj 2026, der afholdes i Albertslund (uden overnatning). Den 21. - 22. maj 2026 skal samtlige ledere samles i byen for at arbejde med overskriften: Hvordan skaber vi mening og sund drift i en uforudsigelig hverdag?

            Der er planlagt følgende for de fælles lederdage, som også fremgår af præsentationen:

            ${LEDERDAGE_TABLE}

            Chefforum skal drøfte følgende med udgangspunkt i de fælles lederdage den 21. - 22. maj 2026:
            - Forslag til eksterne oplægsholdere der kan koble mellem meningsskabelse og sund drift på dag 1
            - Forslag til cases og eksempler fra organisationen, der kan give inspiration og viden til de andre ledere ud fra overskriften på dag 1
            - Hvordan der på dag 2 bedst samles op i egen afdeling for at sikre og forpligte lederne til, at der arbejdes med læring og værktøjer mellem de fælles nedslag
            - Hvordan Chefforum undervejs kan fastholde og understøtte fokus på ledelsesprogrammet i ledernes hverdag efter dag 2
          `,
        ],
        [
          'Kommunens vision og politikker',
          md`Ledelsesprogrammet skal gennem arbejdspladsernes Plan A understøtte arbejdet med Albertslund Kommunes vision og politikker.`,
        ],
        ['Økonomi', INTET],
        ['Lovgrundlag', INTET],
        ['Borgerperspektiv', INTET],
        [
          'Beslutning',
          md`Chefforum tog oplæg om ledelsesprogrammet til efterretning, og besluttede for de første lederdag i maj 2026, at middagen på dag 1 i stedet skal være en fællesfrokost, at der slutes og startes på tværs af alle lederne på dag 2, at arbejdsgruppen fortsætter, samt at konsulentnetværket kan understøtte dagene.`,
        ],
      ],
      attachments: ['Ledelsesprogram'],
    },
    {
      title: 'Temadrøftelse om beredskab',
      caseNumber: '14.00.08-A00-2-25',
      sections: [
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at temaet drøftes
          `,
        ],
        [
          'Resumé',
          md`Chefforum skal drøfte hvordan kommunens ledelsesorganisation geares til at håndtere beredskab samt give input til styregruppens beslutning om mulig anvendelse af 500.000 kr. afsat til at gøre organisationen klar til tage vare på svage borgere i 72-timer.`,
        ],
        [
          'Sagsfremstilling',
          md`
            (60 min.)

            I henhold til Beredskabsloven § 25 skal alle kommuner udarbejde en samlet plan for kommunens beredskab. Den plan hedder i Albertslund Kommune ”Plan for fortsat drift”. Albertslund Kommune skal som udgangspunkt kunne håndtere hændelser i kommunen med egne ressourcer, uden at det får indflydelse for serviceniveauet i kommunen.

            Kommunen skal yderligere, i tilfælde af at en eller flere hændelser indtræffer, iværksætte Plan for fortsat drift eller dele deraf, hvis hændelsen vurderes at kunne påvirke serviceniveauet.

            Planen skal medvirke til:
            - At begrænse konsekvenserne af hændelsen,
            - At situationen håndteres på en effektiv og professionel måde,
            - At støtte kriseledelsesorganisationen i sine beslutninger og udførelsen af disse,
            - At borgere m.fl. modtager effektiv og relevant information.

            Chefforum har en særlig rolle i denne organisering, da Chefforum udgør Krisestaben. Derudover er den enkelte direktør og afdelingschef ansvarlig for beredskabet i egen sektor/afdeling. Hver afdeling har således ansvar for beredskabsplanlægningen i form af planer, action-cards og forberedelse af medarbejdere i egen afdeling.

            Som følge af den øgede trusselssituation etablerede Direktørforum i efteråret en beredskabsstyregruppe, som består af Kommunaldirektøren og fire afdelingschefer (Marie Brøchner Jespersen, Rikke Skovgaard Andersen, Tanja Thor Møller og Marie Aasøe), samt en tværgående beredskabsgruppe på medarbejderniveau. Begge grupper skal sikre en koordineret beredskabsplanlægning og øge hastighed, kendskab og aktualitet i beredskabsarbejdet.

            Arbejdet med beredskab er et løbende arbejde. Men samtidig kræver den øgede trusselssituation, at der i en overgang sættes særligt fokus på beredskabet, både for at sikre tilpasning til den nye situation og får at få indarbejdet sikre rutiner, så beredskabsarbejdet kontinuerligt genbesøges på alle niveauer i organisationen. I 2026 vil der derfor være fokus på 72-timers beredskab (herunder vil styregruppen arbejde med udmøntning af 500.000 kr. i budget 2026), fornyelse af Plan for fortsat drift, IT-sikkerhed, gennemgang af beskyttelsesrum og servicering af et nyt §17,4 udvalg om digitalisering og beredskab.

            Chefforum vil på mødet få et oplæg, som præciserer det igangværende beredskabsarbejde, og derefter skal Chefforum drøfte to spørgsmål:
            1. Hvordan får vi gearet vores ledelsesorganisation til at håndtere beredskab?
            2. Input til styregruppens arbejde med anvendelse af de 500.000 kr. afsat til at gøre organisationen klar til tage vare på svage borgere i 72-timer.
          `,
        ],
        ['Kommunens vision og politikker', INTET],
        ['Økonomi', INTET],
        ['Lovgrundlag', INTET],
        ['Borgerperspektiv', INTET],
        ['Historik', md`Temadrøftelsen blev udskudt til Chefforum den 28. januar 2026.`],
        [
          'Beslutning',
          md`Sekretariat for Politik, Jura, Kommunikation og Udvikling orienterede om arbejdet med beredskab i Albertslund Kommune. Præsentationen fremgår som bilag til sagen. Chefforum drøftede og belyste forskellige problemstillinger og opmærksomhedspunkter ind i arbejdet med beredskab.`,
        ],
      ],
      attachments: [
        'Præsentation beredskab',
        'Dagsordenspunkt ØUKB',
        '§17.4 Digitalisering og Beredskab - kommissorium',
        'Kommissorium - beredskabsstyregruppe',
      ],
    },
    {
      title: 'Temaer til kommende møder og eventuelt',
      caseNumber: '00.01.00-A00-3-26',
      sections: [
        [
          'Sagsfremstilling',
          md`- Skriv bedre dagsordener: Chefforum besluttede den 4. juni 2025 et årligt nedslag med Marianne Bolvig for nye ledere og medarbejdere, hvor de bliver præsenteret for de vigtigste pointer og værktøjer fra kursusforløbet.`,
        ],
        [
          'Indstilling',
          md`
            Kommunaldirektøren indstiller,
            1. at punktet drøftes
          `,
        ],
        [
          'Beslutning',
          md`Punktet blev drøftet, og Chefforum besluttede, at der afholdes endagskursus i at skrive politiske dagsordener i maj 2026, samt at der skal være sager om politiklandskab og lønforhandlinger på kommende Chefforum den 11. februar 2026.`,
        ],
      ],
      attachments: ['Temadrøftelser CF 28. januar 2026'],
    },
  ],
};
