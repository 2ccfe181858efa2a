// The tactic table: one row per tactic id, each a list of pattern sources run on `Normalized.folded`.
// Text is lower-case and leet-folded; "'" in a source also matches "’". Keep every pattern free of nested
// unbounded quantifiers (each runs on untrusted text). Multilingual rows (es/fr/de/pt) are the cheap, common phrases.

export interface TacticRow {
  id: string;
  /** Human-readable one-liner for the UI. */
  label: string;
  patterns: string[];
}

const MONEY = String.raw`(?:[$€£]\s?\d[\d,.]{0,12}\s?[km]?|\d[\d,.]{0,12}\s?[km]?\s?(?:\$|€|£|usd|eur|dollars|euros|pounds|bucks))`;
const PERIOD = String.raw`(?:\s?(?:\/|per|a|an|each|every|in a|in one|par|por|pro|al|au)\s?(?:day|week|month|hour|hr|wk|mo|year|yr|jour|mois|semaine|d[ií]a|mes|semana|tag|monat|woche|m[eê]s))`;

export const TACTIC_TABLE: ReadonlyArray<TacticRow> = [
  {
    id: 'false-rapport',
    label: 'Claims a connection that is not there',
    patterns: [
      String.raw`\b(?:came|stumbled) across your (?:profile|page|post|background)`,
      String.raw`\bi (?:was|have been|'ve been) (?:just )?(?:looking at|checking out|going through|browsing|reviewing) your (?:profile|page|background)`,
      String.raw`\bi (?:noticed|saw) (?:that )?(?:you|your profile|we)\b`,
      String.raw`\bwe (?:share|have) (?:a few |several |many |some )?(?:mutual|common) (?:connections|friends|interests|contacts)`,
      String.raw`\bi(?:'ve| have) been following your (?:work|posts|journey|content|page)`,
      String.raw`\bfellow (?:entrepreneur|founder|professional|business owner|marketer)s?\b`,
      String.raw`\byour profile (?:really )?(?:stood out|caught my (?:eye|attention)|popped up)`,
      String.raw`\bhope (?:this|my) (?:message|note|email|dm) finds you well`,
      String.raw`\blike[- ]minded\b`,
      // The product's founding example: "We have so much in common, let's link up and chat a bit more".
      String.raw`\b(?:so much|a lot|lots|plenty|tons|a ton) in common\b`,
      String.raw`\blet'?s (?:link up|connect and chat|chat a (?:bit|little) more|get to know each other)`,
      String.raw`\b(?:would love|love|keen|i'?d like) to (?:link up|get to know you)\b`,
      String.raw`\b(?:vi|encontr[eé]|me encontr[eé] con) (?:tu|su) perfil`,
      String.raw`\b(?:j'ai vu|en parcourant|je suis tomb[eé] sur) (?:votre|ton) profil`,
      String.raw`\b(?:bin|bin ich) auf (?:ihr|dein) profil gesto(?:ß|ss)en|\b(?:ihr|dein) profil ist mir aufgefallen`,
      String.raw`\b(?:vi|encontrei) (?:o )?(?:seu|teu) perfil`,
      String.raw`\b(?:ho visto|ho notato) il tuo profilo`,
      String.raw`\bwe hebben (?:echt )?(?:veel|zoveel) gemeen|\bleuk dat we (?:connected|verbonden) zijn|\bik zag (?:dat jullie|je profiel)`,
      String.raw`\bwie ich sehe,? sind wir beide|\bwir sind beide in der`,
      String.raw`\btemos muito em comum`,
      String.raw`\baapka profile (?:dekha|kaafi|bahut)`,
    ],
  },
  {
    id: 'flattery',
    label: 'Flattery to lower your guard',
    patterns: [
      String.raw`\b(?:impressive|amazing|incredible|inspiring|outstanding|stellar|remarkable|impeccable|exceptional) (?:profile|background|experience|work|journey|career|track record)`,
      String.raw`\bsomeone (?:like you|with your (?:background|experience|skills|profile))`,
      String.raw`\bpeople like you\b`,
      String.raw`\byou(?:'d| would) be (?:perfect|a (?:great|perfect) fit|ideal)`,
      String.raw`\b(?:really |truly )?impressed (?:by|with) your`,
      String.raw`\btop (?:talent|performer)s?\b`,
      String.raw`\bperfil impresionante|\bimpresionante perfil|\bprofil impressionnant|\bbeeindruckende[rsn]? profil|\bperfil impressionante`,
    ],
  },
  {
    id: 'income-claim',
    label: 'Promises income',
    patterns: [
      MONEY + PERIOD,
      String.raw`\b\d{1,3}(?:[.,]\d{1,3})?\s?k` + PERIOD,
      String.raw`\b(?:passive|extra|side|residual|additional|second) (?:income|cash|revenue)`,
      String.raw`\bfinancial(?:ly)? (?:freedom|free|independence|independent)`,
      String.raw`\b(?:earn|make|making|earning|generate|generating) (?:up to |over |at least )?(?:money|cash|[$€£]\s?\d[\d,.]{0,12}\s?[km]?|\d[\d,.]{0,12}\s?[km]?\s?(?:\$|€|£|usd|dollars))`,
      String.raw`\b(?:6|7|six|seven)[- ]figures?\b`,
      String.raw`\bquit (?:your|my) (?:9[- ]?(?:to|-)[- ]?5|day job|job)`,
      String.raw`\bwork(?:ing)? from (?:home|anywhere|your phone)`,
      String.raw`\breplace your (?:income|salary)`,
      String.raw`\b(?:ingresos pasivos|gana(?:r)? dinero|libertad financiera)`,
      String.raw`\b(?:revenus? passifs?|gagner de l'argent|libert[eé] financi[eè]re)`,
      String.raw`\b(?:passives einkommen|geld verdienen|finanzielle freiheit)`,
      String.raw`\b(?:renda passiva|ganhar dinheiro|liberdade financeira)`,
      String.raw`\bguadagn(?:o|are|ato|i) (?:il doppio|da casa|\d)|\breddito (?:extra|passivo)|\bdal(?:lo)? (?:divano|smartphone)`,
      String.raw`\bextra inkomen|\bverdien(?:en)? (?:je |ik )?(?:met|vanuit|\d|€)|\bnaast (?:je|jouw|hun) baan`,
      String.raw`\bzweites einkommen|\bnebeneinkommen|\bneben dem job`,
      String.raw`\bgano m[aá]s desde casa|\bfacturar \d|\brenda extra`,
      String.raw`\bghar (?:baithe|se) (?:kamai|earn|paise)|\bachha package`,
    ],
  },
  {
    id: 'opportunity',
    label: 'Pitches an "opportunity"',
    patterns: [
      String.raw`\b(?:exciting|amazing|unique|great|incredible|lucrative|business|golden|ground[- ]floor|life[- ]changing|once in a lifetime) opportunit(?:y|ies)`,
      String.raw`\b(?:open|interested|up) (?:to|for|in) (?:new |additional |extra )?(?:income|opportunities|a new venture|something new|exploring|side projects)`,
      String.raw`\bopen[- ]minded\b`,
      String.raw`\blooking for (?:motivated|ambitious|driven|like[- ]minded|serious|hungry) (?:people|individuals|partners|entrepreneurs)`,
      String.raw`\b(?:side|online) (?:hustle|business)\b`,
      String.raw`\bopportunit[àa]\b|\boportunidad laboral|\bexciting offer|\bbuitenkans`,
      String.raw`\boportunidad (?:única|unica|de negocio)|\bopportunit[eé] (?:unique|d'affaires)|\b(?:einmalige|gesch[äa]ftliche) (?:chance|gelegenheit)|\boportunidade (?:única|unica|de neg[oó]cio)`,
    ],
  },
  {
    id: 'mlm',
    label: 'Multi-level-marketing recruiting',
    patterns: [
      String.raw`\bnetwork marketing|\bmulti[- ]?level marketing|\bmlm\b|\bdownline\b|\bupline\b`,
      String.raw`\b(?:join|build|grow|expand)(?:ing)? (?:my|our) (?:team|network)\b`,
      String.raw`\bbe (?:your|my) own boss\b`,
      String.raw`\b(?:health|wellness|beauty|skincare|fitness) (?:business|brand|coach)\b`,
      String.raw`\bessential oils\b|\bbrand (?:ambassador|partner|rep)s?\b`,
      String.raw`\bmultinivel\b|\bmarketing de r[eé]seau\b|\bnetwork-marketing\b|\bmarketing multin[ií]vel\b`,
      String.raw`\bnel mio team|\bin mijn team`,
    ],
  },
  {
    id: 'crypto',
    label: 'Crypto or trading scheme',
    patterns: [
      String.raw`\bcrypto(?:currenc(?:y|ies))?\b|\bbitcoin|\bbtc\b|\bethereum\b|\busdt\b|\bbinance\b|\bforex\b|\bnfts?\b|\bdefi\b|\bairdrop`,
      String.raw`\b(?:trading|forex|crypto) (?:signals?|platform|bot|account|mentor|expert|group)`,
      String.raw`\b(?:investment|trading) (?:platform|opportunit(?:y|ies)|plan|portfolio)`,
      String.raw`\b(?:guaranteed|daily|weekly|monthly|high) (?:returns?|profits?|roi)\b|\broi\b`,
      String.raw`\btoken (?:sale|presale)\b|\bmining pool\b|\bwallet address\b`,
      String.raw`\bcriptomonedas?\b|\bcryptomonnaies?\b|\bkryptow[äa]hrung(?:en)?\b|\bcriptomoedas?\b`,
      String.raw`\bcriptovalut[ae]\b|\bcripto\b|\bkrypto\b|\bcrypto coin|\bsure shot|\bmijn mentor|\bmein mentor|\bmio mentor|\bmy mentor`,
    ],
  },
  {
    id: 'quick-call',
    label: 'Asks for a quick call',
    patterns: [
      String.raw`\b(?:quick|brief|short|(?:5|10|15|20|30)[- ]?(?:min(?:ute)?s?)?) (?:call|chat|zoom|meeting|conversation|intro call)\b`,
      String.raw`\b(?:hop|jump|get) on a (?:quick |short |brief )?(?:call|zoom|chat)`,
      String.raw`\b(?:free|available|time) for a (?:quick |short |brief )?(?:call|chat|zoom)`,
      String.raw`\b(?:got|have|spare) (?:5|10|15|20) (?:mins?|minutes)\b`,
      String.raw`\bschedule a (?:quick |short )?(?:call|chat)`,
      String.raw`\b(?:una llamada (?:rápida|rapida|corta)|un (?:appel|[ée]change) rapide|un petit appel|ein kurzes (?:gespr[äa]ch|telefonat)|uma (?:chamada|liga[çc][ãa]o) r[áa]pida)`,
      String.raw`\b(?:5|10|15|20|30) (?:minuti|minuten|minutos|minutes|min)\b`,
      String.raw`\b(?:kort|even) (?:bellen|gesprek|videocall)|\bcall (?:kar|karte)`,
    ],
  },
  {
    id: 'urgency',
    label: 'Manufactured urgency',
    patterns: [
      String.raw`\blimited (?:time|spots?|places|seats|slots|offer|availability)\b`,
      String.raw`\b(?:only|just) \d{1,3} (?:spots?|places|seats|slots?|positions) (?:left|remaining|available)`,
      String.raw`\bact (?:now|fast)\b|\bdon't miss (?:out|this)\b|\blast chance\b|\bhurry\b`,
      String.raw`\b(?:expires?|ends|closing|closes) (?:today|tonight|soon|at midnight|this week)\b|\b(?:today|tonight) only\b`,
      String.raw`\bbefore it's too late\b|\bfirst come,? first served\b`,
      String.raw`\bpor tiempo limitado|última oportunidad|\bderni[eè]re chance|\boffre limit[eé]e|\bletzte chance\b|\bnur noch \d|última chance|\bpor tempo limitado|\bvagas limitadas`,
    ],
  },
  {
    id: 'link-drop',
    label: 'Drops a link',
    patterns: [
      String.raw`\b(?:link|details|info) (?:is )?in (?:my |the )?bio\b`,
      String.raw`\bclick (?:the|this|my|on the) (?:link|button)\b|\bclick here\b`,
      String.raw`\bcheck out (?:my|this|our) (?:link|website|site|page|channel)\b`,
      String.raw`\b(?:scrivigli|contattalo|escr[ií]beme|escr[ií]bele|schreib (?:ihm|mir)|stuur (?:hem|me)|message (?:him|me)|text (?:him|me)|contact (?:him|me)|write to (?:him|me)|dm (?:him|me)) (?:su|por|auf|op|on|via) (?:whatsapp|telegram|signal)`,
    ],
  },
  {
    id: 'vague-recruiter',
    label: 'Vague recruiter pitch',
    patterns: [
      String.raw`\b(?:an? )(?:exciting|great|new|amazing|unique|interesting) (?:role|position|opening|vacancy)\b`,
      String.raw`\b(?:role|position|opportunity|opening) (?:that )?(?:matches|fits|aligns with) (?:your|you)`,
      String.raw`\b(?:my|our) client (?:is|has|are)\b`,
      String.raw`\b(?:an? )(?:leading|fast[- ]growing|well[- ]known|stealth|confidential|top|global|prestigious) (?:company|firm|startup|client|organisation|organization)\b`,
      String.raw`\b(?:would you be|are you) open to (?:new |a new |exploring )?(?:roles|opportunities|a role|a move|a change)`,
      String.raw`\bcompetitive (?:salary|compensation|package|pay)\b`,
      String.raw`\bune? (?:poste|opportunit[ée]) (?:passionnante?|int[ée]ressante?)|\buna (?:posici[oó]n|vacante) (?:interesante|emocionante)|\beine (?:spannende|interessante) (?:position|stelle)|\buma vaga\b`,
    ],
  },
  {
    id: 'lead-gen',
    label: 'Sells leads or growth services',
    patterns: [
      String.raw`\b(?:i|we) help (?:[a-z0-9&/-]{1,20} ){0,4}(?:companies|founders|businesses|agencies|coaches|ceos|brands|b2b|saas|startups|teams|consultants|firms)\b`,
      String.raw`\b(?:generate|book|get|bring|drive)(?:ing)? (?:you )?(?:more |\d{1,4}\+? )?(?:qualified |high[- ]quality )?(?:leads|appointments|meetings|sales calls|clients|customers)\b`,
      String.raw`\bappointment setting\b|\blead gen(?:eration)?\b`,
      String.raw`\b(?:scale|grow|double|triple|10x) (?:your|their) (?:business|agency|revenue|sales|pipeline|mrr|arr)\b`,
      String.raw`\b(?:fill|book|pack) (?:up )?your (?:calendar|pipeline)\b|\bdone[- ]for[- ]you\b|\bcold (?:email|outreach)\b`,
      String.raw`\bgenerar leads\b|\bm[áa]s clientes\b|\bplus de clients\b|\bg[ée]n[ée]rer des leads\b|\bmehr kunden\b|\bmais clientes\b|\bgerar leads\b`,
      String.raw`\bappuntamenti qualificati|\bqualifizierte termine|\bneukunden\b`,
      String.raw`\b(?:ayudamos|ayudo|ajudamos|ajudo|aiutiamo|aiuto|wij helpen|ik help|wir helfen|ich helfe|nous aidons|j'aide) (?:a |à |aan |le |les |los |las |os |as |mensen |bedrijven |unternehmen |aziende |empresas )?`,
    ],
  },
  {
    id: 'webinar-funnel',
    label: 'Webinar or masterclass funnel',
    patterns: [
      String.raw`\b(?:free|exclusive|live|upcoming|private|online) (?:webinar|masterclass|master class|workshop|training|event|class|challenge|bootcamp|summit)\b`,
      String.raw`\b(?:webinar|masterclass)\b`,
      String.raw`\b(?:save|reserve|claim|grab|secure) (?:your|a) (?:seat|spot|place)\b|\bregister (?:now|here|today)\b`,
      String.raw`\bseminario web|\bclase gratuita|\bwebinaire|\batelier gratuit|\bkostenlose[sn]? (?:webinar|workshop)|\baula gratuita`,
    ],
  },
  {
    id: 'follow-up-bump',
    label: 'Follow-up bump on an unanswered pitch',
    patterns: [
      String.raw`\b(?:just )?(?:following|circling|checking) (?:up|back)\b`,
      String.raw`\bbump(?:ing)? (?:this|my (?:last |previous )?(?:message|note))\b|\bresurfacing\b|\bfloating this\b`,
      String.raw`\b(?:did|have) you (?:get|see|had a chance to|have a chance to|get a chance to)\b`,
      String.raw`\bany (?:thoughts|updates?) on (?:this|my|the above)\b|\b(?:my|the) (?:last|previous|earlier) (?:message|note)\b`,
      String.raw`\b(?:in case|incase) (?:you )?missed (?:it|this|my)\b|\bgentle (?:reminder|nudge)\b`,
      String.raw`\bje me permets de (?:vous )?relancer|\bkurz nachhaken|\bnachfassen\b|\bsolo (?:un )?seguimiento|\bdando seguimento`,
      String.raw`\bti scrivo di nuovo|\bnog even (?:opvolgen|checken)|\bnoch einmal melden|\bte escribo de nuevo`,
    ],
  },
  {
    id: 'pick-your-brain',
    label: 'Wants free advice',
    patterns: [
      String.raw`\bpick your brain\b`,
      String.raw`\b(?:get|hear|love|value) your (?:expert |honest )?(?:opinion|advice|input|thoughts|take|feedback|perspective)\b`,
      String.raw`\b(?:ask|run) (?:you )?(?:a few|a couple of|some|two|three) (?:quick )?questions\b`,
      String.raw`\b(?:quick|short) (?:survey|questionnaire)\b|\blearn from your (?:experience|expertise)\b`,
    ],
  },
  {
    id: 'book-a-demo',
    label: 'Product demo pitch',
    patterns: [
      String.raw`\b(?:book|schedule|request|get|see|grab|set up) (?:a |an )?(?:free |quick |live |personali[sz]ed |short )?(?:demo|walkthrough|consultation|audit|strategy (?:call|session))\b`,
      String.raw`\bfree (?:trial|demo|audit|consultation|assessment)\b`,
      String.raw`\b(?:show|walk) you (?:how|through)\b`,
      String.raw`\b(?:our|my) (?:platform|tool|software|solution|product|app) (?:helps|can help|lets|enables|automates)\b`,
      String.raw`\buna demo(?:stración)?\b|\bune d[ée]mo\b|\beine demo\b|\buma demonstra[çc][ãa]o\b`,
    ],
  },
];
