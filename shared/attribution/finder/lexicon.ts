/** Word lists for attribution in English wire copy. Lowercase unless stated; small and hand-kept. */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** A regex matching exactly one of the space-separated words of `s` (the whole string). */
export const oneOf = (s: string, flags = ''): RegExp => new RegExp(`^(?:${s.trim().split(/\s+/).join('|')})$`, flags);

/** Words that join the words of one name: "Minister of Tourism", "Saif bin Hamad", "Banco do Brasil". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'do', 'dos', 'van', 'von', 'der', 'bin', 'bint', 'ibn', 'al', 'el']);

/** Weekdays and months: capitalised, never names or channels. */
export const CALENDAR_WORDS = `Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December`.replace(/\s+/g, ' ');
const CALENDAR = new Set(CALENDAR_WORDS.split(' '));
/** A day or month name as written capitalised ("Monday", "May"): a date, not a name. */
export const isCalendarWord = (w: string): boolean => CALENDAR.has(w);

/** Finite speech verbs: "…,” Zakharova said / said Zakharova / X told reporters: “…”. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states wrote writes noted notes warned warns insisted insists
  argued argues explained explains asked asks replied replies continued continues declared declares announced
  announces posted tweeted commented remarked recalled acknowledged acknowledges admitted admits conceded
  concedes cautioned stressed stresses emphasised emphasized urged urges predicted claimed claims countered
  responded observed suggested complained quipped joked testified concluded vowed pledged promised reiterated
  lamented boasted confirmed confirms shouted whispered exclaimed assured alleged contended maintained
  recounted mused agreed wondered cried laughed sighed texted messaged insist tell write recalls remembers jokes reflects muses
  laughs sighs smiles smiled answered answers retorted ruled fumed fumes queried queries informed scoffed raged thundered pleaded revealed snapped
  cautions quizzed pressed`);

/** Participles whose speaker is the subject of the main clause: "…, saying it was “…”". */
export const SPEECH_PARTICIPLES = words(`
  saying telling adding warning noting insisting arguing explaining declaring stressing urging vowing promising
  complaining claiming writing posting calling describing dubbing labelling labeling branding terming accusing
  praising hailing denouncing`);

/**
 * Verbs that report the subject's own words without being verbs of saying, for a partial quote in the same
 * sentence only: "apologised for “any distress”", "welcomed “a step forward”", "blamed “stubborn” inflation",
 * "appealed to the parties to “…”", "reminded members that the committee was “…”", "a decline X attributed to “…”".
 * Not verbs whose object often carries someone else's words (defended, denied, thanked, attacked, questioned).
 */
export const REPORTING_VERBS = words(`
  apologised apologized apologises apologizes expressed expresses welcomed welcomes demanded demands blamed blames
  regretted regrets hoped hopes feared fears criticises criticizes pledges vows promises
  appealed appeals reminded reminds attributed attributes`);
export const REPORTING_PARTICIPLES = words('blaming apologising apologizing welcoming demanding expressing');

/** Verbs that name or characterise: “what it called “…”” / described it as “…”. */
export const CALLING_VERBS = words(`
  called calls call described describes dubbed labelled labeled branded termed denounced slammed hailed praised
  accused accuses condemned blasted criticised criticized rejected dismissed dismisses`);

/** A finite verb of saying, reporting or calling (SPEECH_VERBS, REPORTING_VERBS, CALLING_VERBS): the words a speaker's clause turns on. */
export const isSayingVerb = (w: string): boolean => SPEECH_VERBS.has(w) || REPORTING_VERBS.has(w) || CALLING_VERBS.has(w);

/** Honorifics dropped from the speaker's name (compared without the trailing period). */
export const HONORIFICS = words('Mr Mrs Ms Miss Mx Dr Prof Sir Dame Sheikh Sheikha Lord Lady M Mme Mlle Herr Frau Rev Fr Messrs Alhaji Alhaja Hajiya Datuk Datin');
export const FEMALE_HONORIFICS = words('Mrs Ms Miss Dame Lady Mme Mlle Frau Sheikha Alhaja Hajiya Datin');

/**
 * Styles written before a person's name in many cultures' copy, never part of the name the article
 * labels the person by (round sixteen, entity-registry.ts): peerage, Malaysian and Bruneian honours,
 * South Asian, Nigerian, Ghanaian, Māori, Pacific, Thai, Indonesian and Malay forms of address, clergy
 * and religious orders ("Sister", "Brother"), a First Nation's "Elder", and the bench. Words that are also common given names or surnames ("Sri", "Nana", "Obi", "Eze", "Pak",
 * "Adi") are left out. Multi-word styles ("Tan Sri") are STYLE_PHRASES.
 */
export const STYLE_WORDS = words(`Sir Dame Lord Lady Baroness Baron Viscount Viscountess Countess Marquess Duchess
  Alhaji Alhaja Hajiya Hajia Haji Hajjah Hajah Sheikh Sheikha Shaikh Datuk Dato Dato’ Dato' Datin Tun Toh Tunku Tengku Pehin Dasho
  Shri Shree Shrimati Smt Kumari Pandit Maulana Mufti Ustaz Ustazah Mzee Kaumātua Kaumatua Kuia Rangatira Togbe Igwe Oba Ratu
  Khun Bapak Encik Revd Reverend Rev Father Pastor Monsignor Msgr Venerable Ven Magistrate Honourable Hon Rt Señor Señora
  Signor Signora Madam Madame Seri Mr Mrs Ms Miss Mx Dr Prof Mme Mlle Herr Frau Chief Justice Judge
  Cde Comrade Obbo Weyzero Woizero Weyzerit Canon Archdeacon Prebendary Ir Inkosi Kgosi Sister Brother Elder`);
/**
 * Styles that are given names or surnames in other copy: Amharic "Ato" (Mr; a Fante given name), Akan
 * "Nana", "Barima" and Ga "Nii" (chiefs' styles; given names too), "Eng" undotted (engineer; a Chinese
 * surname), Cameroonian and Ghanaian "Mami", "Maame" (mother). A style only where the article shows it one
 * (name-styles.ts isArticleStyle): never written alone, and written before a chief's regnal name, before a
 * later shorter reference to a name it opens ("Ato Dawit" after "Ato Dawit Lemma Gebre"), or before two
 * people's names.
 */
export const GIVEN_NAME_STYLES = words('Ato Nana Barima Nii Eng Mami Maame');
/** Two-word styles: "Tan Sri", "Puan Sri", "Toh Puan", "Datuk Seri", "Dato' Sri", "Rt Hon". */
export const STYLE_PHRASES = ['Tan Sri', 'Puan Sri', 'Toh Puan', 'Datuk Seri', 'Dato Seri', 'Dato’ Seri', "Dato' Seri", 'Dato Sri', 'Dato’ Sri', "Dato' Sri", 'Datuk Wira', 'Rt Hon', 'Rt. Hon.', 'Right Honourable', 'Most Rev', 'Most Reverend', 'Right Reverend'];

/** Capitalised title words that precede a name and belong to the role (compared without a period). */
export const TITLE_WORDS = words(`
  President Vice Prime Minister Chancellor Secretary Senator Sen Representative Rep Governor Gov Mayor Judge
  Justice General Gen Lt Col Maj Capt Sgt Adm Cmdr Colonel Lieutenant Major Captain Sergeant Admiral Commander
  Marshal King Queen Prince Princess Crown Emir Sultan Pope Cardinal Archbishop Bishop Rabbi Imam Ayatollah
  Chief Executive Officer Director Chairman Chairwoman Chair Commissioner Ambassador Deputy Foreign Defence
  Defense Finance Interior Health Economy Economic Trade Energy Labour Labor Education Environment Attorney
  Prosecutor Speaker Leader Spokesman Spokeswoman Spokesperson Coach Manager CEO CFO COO CTO Dean Professor
  Detective Inspector Superintendent Sheriff Councillor Councilman Congressman Congresswoman MP MLA MSP MEP MPP MNA MHA TD Premier Former
  Acting Interim Assistant Under Supreme Financial Operating Technology Managing Head Minority Majority
  Opposition Presidential President-elect Secretary-General Director-General Vice-President Field Administrator
  Analyst Economist Strategist Clerk Registrar Provost Rector Bursar Treasurer Auditor Comptroller Ombudsman Solicitor
  Headteacher Headmaster Headmistress Commandant`);

/**
 * A look-up table with no prototype: a word such as "constructor" or "toString" is no key (`in` and
 * `[]` on an object literal would find Object.prototype's members: "the site's constructor" read as a title).
 */
const table = (entries: Record<string, string>): Readonly<Record<string, string>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, string>, entries));

export const ABBREVIATED_TITLES: Readonly<Record<string, string>> = table({
  Gen: 'General', Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', Lt: 'Lieutenant', Col: 'Colonel',
  Maj: 'Major', Capt: 'Captain', Sgt: 'Sergeant', Adm: 'Admiral', Cmdr: 'Commander', Supt: 'Superintendent',
  Insp: 'Inspector', Det: 'Detective', Pres: 'President', Cr: 'Councillor', Cllr: 'Councillor',
  // styles and ranks written before names in Commonwealth, African and Gulf copy ("Amb.", "Engr.", "Brig.")
  Amb: 'Ambassador', Engr: 'Engineer', Barr: 'Barrister', Brig: 'Brigadier', Cpl: 'Corporal', Pte: 'Private',
  Ald: 'Alderman', Atty: 'Attorney', Cdr: 'Commander',
  // (Canadian and US municipal copy: "Coun. Dana Reyes")
  Coun: 'Councillor',
});
/** Abbreviations that are titles only with their period ("Eng. Peter Mwangi", "Hon. Ruth Achieng"): without it they are surnames ("Eng", "Hon"). */
export const DOTTED_TITLES: Readonly<Record<string, string>> = table({ Eng: 'Engineer', Hon: 'Honourable' });

/** Lowercase words that can sit in a role before a name: "Foreign Ministry spokeswoman Maria Zakharova". */
export const ROLE_WORDS = words(`
  spokesman spokeswoman spokesperson minister president chief executive officer director chairman chairwoman
  chair secretary coach manager striker midfielder defender goalkeeper forward captain player analyst economist
  strategist lawyer attorney counsel prosecutor judge justice professor scientist researcher head leader founder
  co-founder ceo cfo official ambassador envoy general commander governor mayor senator lawmaker policymaker playmaker legislator
  candidate frontrunner rival counterpart partner adviser advisor aide negotiator actor actress singer author
  producer star co-star champion winner chancellor premier diplomat deputy vice former senior presidential
  foreign finance defence defense prime economy interior trade energy health managing acting interim outgoing
  incoming fellow veteran world number trader investor banker editor correspondent commissioner inspector
  detective sheriff doctor surgeon physician teacher pastor cleric bishop climate chief-executive filmmaker
  director-general secretary-general representative boss owner rapper musician novelist historian expert
  campaigner activist chairperson ceo-designate spokesmen officials opposition top state lead principal junior
  associate assistant administrator national regional local party union club team company firm group agency`);

/** Nouns whose referent is an organisation: "the ministry said", "Ukraine's state energy company". */
export const ORG_NOUNS = words(`
  ministry company firm group agency bank party government kremlin commission court club team federation
  embassy military army navy police office department carmaker automaker lender airline regulator watchdog
  network broadcaster newspaper union council committee authority administration board operator producer
  retailer insurer startup giant conglomerate parliament cabinet secretariat organisation organization
  institute university college foundation fund association alliance coalition campaign movement service exchange
  consortium miner chipmaker maker manufacturer developer publisher studio channel outlet website platform
  prosecutor's charity trust society ngo nonprofit non-profit`);

/** Capitalised words that make a name an organisation: "Foreign Ministry", "Apple Inc.". */
export const ORG_HEADS = words(`
  Ministry Department Commission Council Committee Court Agency Bank Office Service Services Party Union
  Federation Association Institute University College School Programme Program Organization Organisation Fund
  Group Inc Corp Corporation Ltd LLC LLP PLC plc AG SA SE GmbH NV BV Co Company Companies JSC PJSC OJSC Bhd Pty Tbk Embassy Consulate Parliament
  Government Police Army Navy Force Forces Guard Authority Administration Board Network Project Foundation
  Reserve Exchange Securities Management Capital Partners Holdings Motors Airlines Airways Railway Railways News Times Post
  Journal Press Kremlin Pentagon Vatican Senate Congress Assembly Cabinet Secretariat Tribunal Prosecutor's
  Duma Bundestag Knesset Bundesbank Industries Systems Technologies Labs Energy Petroleum Oil Club FC League
  Alliance Coalition Movement Front Observatory Centre Center Society Trust Media Television Radio Broadcasting
  Communications Telecom Pharmaceuticals Bureau Directorate Inspectorate Commissioner's Nations Initiative Regulator
  Monitor Watch Centers Centres Offices Chiefs Laboratory Laboratories Lab Academy
  Academies Confederation Chamber Guild Syndicate Cooperative Co-operative Consortium Collective Unit Division Taskforce
  Units Squad Forum Panel Partnership`);

/** Organisations and news agencies usually written as one or two bare words. */
export const KNOWN_ORGS = words(`
  Kremlin Pentagon Reuters TASS Interfax Xinhua Bloomberg AFP AP BBC CNN Yonhap Kyodo Anadolu Kommersant
  Izvestia Vedomosti Gazprom Rosneft Naftogaz Hamas Hezbollah Taliban NATO UN EU WHO IMF OPEC ECB Fed FIFA UEFA
  IOC IAEA Nvidia Apple Google Microsoft Amazon Meta Tesla Samsung Airbus Boeing Toyota Volkswagen OpenAI
  Variety Politico Axios Elysee Élysée Bundeswehr Quai`);
export const KNOWN_ORG_PHRASES: readonly string[] = [
  'RIA Novosti', 'White House', 'Downing Street', 'Al Jazeera', 'Associated Press', 'Agence France-Presse',
  'State Department', 'Foreign Office', 'Le Monde', 'Der Spiegel', 'Financial Times', 'Wall Street Journal',
  'New York Times', 'Washington Post', 'The Guardian', 'Goldman Sachs', 'Morgan Stanley', 'JPMorgan Chase',
];

/** Nationality adjectives and nouns: not part of a name ("the Italian told reporters"). */
export const DEMONYMS = words(`
  American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss
  Austrian Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Belarusian
  Lithuanian Latvian Estonian Finnish Swedish Norwegian Danish Icelandic Serbian Croatian Bosnian Slovenian
  Albanian Georgian Armenian Azerbaijani Kazakh Uzbek Chinese Japanese Korean Taiwanese Vietnamese Thai
  Indonesian Malaysian Filipino Indian Pakistani Afghan Iranian Iraqi Syrian Lebanese Israeli Palestinian
  Jordanian Egyptian Saudi Emirati Qatari Kuwaiti Yemeni Omani Libyan Tunisian Algerian Moroccan Nigerian
  Ghanaian Kenyan Ethiopian Somali Sudanese African South Brazilian Argentine Argentinian Chilean Peruvian
  Colombian Venezuelan Mexican Cuban Canadian Australian Zealander European Asian Arab Latin Western Eastern
  Pole Frenchman Frenchwoman Englishman Dutchman Spaniard Briton Scot Swede Dane Finn Turk Serb Croat Uruguayan
  Paraguayan Ecuadorian Bolivian Democrat Republican`);

/** Plural or collective nouns for unnamed groups: "Residents of Kharkiv described …". */
export const GROUP_NOUNS = words(`
  residents officials analysts critics activists witnesses protesters lawmakers sources diplomats experts
  investors traders economists doctors police fans supporters scientists researchers locals villagers voters
  workers employees students parents people others some many several observers authorities lawyers prosecutors
  investigators officers soldiers troops journalists reporters members leaders ministers executives bankers
  strategists campaigners environmentalists organisers organizers demonstrators survivors relatives families
  neighbours neighbors insiders aides advisers advisors allies opponents rivals`);

/**
 * Words saying a source's name is withheld: "who (has) asked not to be named", "who declined to give his
 * name", "who asked that her name not be used", "(speaking) on condition of anonymity". Unanchored.
 */
export const WITHHELD_NAME = /(?:who\s+(?:has\s+|had\s+)?(?:asked|requested|wished|preferred)\s+not\s+to\s+be\s+(?:named|identified)|who\s+(?:has\s+|had\s+)?(?:declined|refused|did\s+not\s+(?:want|wish)|didn['’]t\s+(?:want|wish))\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name)|who\s+asked\s+that\s+(?:his|her|their)\s+name\s+not\s+be\s+(?:used|published|given)|(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity)/u;

/** Head nouns of an unnamed individual: "a source familiar with the matter", "one diplomat". */
export const ANONYMOUS_NOUNS = words(`
  source sources official officials diplomat diplomats lawmaker observer person insider aide executive employee
  resident witness officer member members people analyst adviser advisor banker trader negotiator commander
  soldier fighter activist campaigner spokesman spokeswoman spokesperson representative researcher scientist
  investigator lawyer relative friend neighbour neighbor staffer worker`);

/** Documents that "say" things: "the statement said". */
export const DOCUMENT_NOUNS = words(`
  statement report letter filing document ruling study survey communique communiqué release memo note
  indictment complaint lawsuit post tweet decree resolution declaration order verdict judgment judgement
  opinion paper`);

/** Female and male role words, for matching he/she. */
export const FEMALE_WORDS = words(`
  spokeswoman chairwoman businesswoman congresswoman actress queen princess duchess countess empress mother
  wife daughter sister grandmother widow girl woman she her hers herself mrs ms madam frenchwoman
  granddaughter stepdaughter stepmother niece aunt girlfriend fiancée`);
export const MALE_WORDS = words(`
  spokesman chairman businessman congressman actor king prince duke count emperor father husband son brother
  grandfather widower boy man he his him himself mr sir frenchman englishman dutchman
  grandson stepson stepfather nephew uncle boyfriend`);

/** Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio Lula da Silva"; Welsh "ap", "ferch"; Malay "binti". */
export const NAME_PARTICLES = words('de da di do dos das du del della der den van von ter te la le bin ibn bint binti al el y zu ben abu ap ferch');
/** Hyphen-joined lowercase name prefixes: "al-Sisi", "el-Erian". */
export const NAME_PREFIX = /^(?:al|el|ad|as|ash|at|az|ud|ul|bin|ben|ibn|abu|d|l|de|van)[-’']\p{Lu}/u;

/** Capitalised words that start sentences but never names (the auxiliaries opening a question, "Does Brannigan worry …?", too). */
export const FUNCTION_CAPS = words(`
  The A An His Her Its Their Our My Your This That These Those It He She They We I You In On At For But And Or
  As After Before While When Where What Who Why How Asked Separately Meanwhile However Also Still Yet So Then
  Now Later Earlier Despite Although Though Because If Since Until Unless Instead Indeed Some Many Most Several
  Other Others Both Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Last Next According
  Speaking Under Over Among Amid During Following Without With Within From To By Of Into Than Official
  Officials Analysts Critics Residents Activists Lawmakers Witnesses Sources Experts Investors Monday Tuesday
  Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Does Did Is Are Was Were Has Have Had Should Would Could Shall Might Must`);

export const PRONOUNS = words('he she they it we');
/** A personal pronoun in the subject case, any capitalisation: a sentence's subject that names nobody. */
export const isSubjectPronoun = (w: string): boolean => /^(?:he|she|it|they|we|i|you)$/i.test(w);

/** Abbreviations that end with a period but not a sentence (compared without the period). */
export const ABBREVIATIONS = words(`
  Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Gen Sen Rep Gov Lt Col Maj Capt Sgt Adm Cmdr Supt Insp Det Rev Fr Pres Inc
  Amb Engr Eng Hon Barr Brig Cpl Pte Ald Atty Cdr
  Corp Ltd Co Bros No Nos vs v etc approx est dept Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Calif Mass
  Conn Fla Ill Mich Minn Penn Tex Wash Ariz Colo Ga Md Mo Nev Okla Ore Tenn Va Wis Ala Ark Kan Ky La Miss Neb
  Del Wyo Mont Ida Vt Pa al Op cit Fig fig p pp Vol vol Coun`);

/**
 * Given names written abbreviated with a period before the rest of the name: Filipino "Ma." (María),
 * South and Southeast Asian "Md."/"Mohd."/"Muhd." (Muhammad), older English "Wm.", "Chas.", "Jas.",
 * "Thos.", "Geo.", "Jos.", "Benj." (compared without the period). Part of the name, never a rank.
 */
export const GIVEN_NAME_ABBREVIATIONS = words('Ma Md Mohd Muhd Wm Chas Jas Thos Geo Jos Benj');

/**
 * Words for the same office, so a description finds its holder: "the judge" for "Recorder James
 * Whitfield", "the skipper" for "captain Bimal Gurung", "the gaffer" for "coach Graham Docherty".
 * Role words only (no names); each key maps to the role words it may stand for.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['recorder', 'justice', 'magistrate', 'sheriff']],
  ['skipper', ['captain']],
  ['gaffer', ['manager', 'coach']],
  ['boss', ['manager', 'coach']],
  ['manager', ['coach']],
  ['coach', ['manager']],
  ['prosecutor', ['attorney', 'prosecuting']],
]);
