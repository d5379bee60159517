/**
 * Where quoted words were published or said: "a statement", "an interview", "a briefing", an outlet
 * ("told the BBC", "on Sky News", "wrote in The Times"), a social network, or the name after
 * "according to". `sourceIn` answers "" when the text names none; a place or a date is never one.
 */
import { analyseNounPhrase } from './names';
import { CALENDAR_WORDS } from './lexicon';

const SOCIAL = '(?:Telegram|X|Twitter|Facebook|Instagram|TikTok|YouTube|LinkedIn|Truth Social|Weibo|VKontakte|Threads|Bluesky|WhatsApp)';
const CAP_RUN = "(?:the\\s+)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&'’.-]*)*";
const OUTLETS = 'statement|interview|letter|post|video|speech|tweet|note|report|filing|op-ed|email|message|podcast|broadcast|address';
const IN_DOCUMENT = new RegExp(`\\bin an? (${OUTLETS})\\b(?:\\s+(?:with|to|on)\\s+(${CAP_RUN}))?`, 'u');
const ON_CHANNEL = new RegExp(`\\b(?:on|via)\\s+(${SOCIAL}\\b|social media|state (?:television|TV|radio)|${CAP_RUN})`, 'u');
const IN_PUBLICATION = new RegExp(`\\b(?:wrote|writes|writing|said|says|told|published)\\s+(?:\\p{Ll}+\\s+)?in\\s+(${CAP_RUN})`, 'u');
const TOLD_OUTLET = new RegExp(`\\btold\\s+(state (?:television|TV|radio|media)|local media|${CAP_RUN})`, 'u');
const NOT_CHANNEL = new RegExp(`^(?:${CALENDAR_WORDS.split(' ').join('|')})\\b`);
const QUOTED_BY = new RegExp(`\\bquoted by\\s+(${CAP_RUN})`, 'u');
const SOCIAL_NAME = new RegExp(`^${SOCIAL}$`);

/** The name a phrase gives ("the Interfax agency" → "Interfax"), else the phrase without "the". */
export const nameOf = (np: string): string => {
  const a = analyseNounPhrase(np);
  return a !== null && (a.kind === 'org' || a.kind === 'name' || a.kind === 'person') ? a.name : np.replace(/^the\s+/i, '');
};

/** Last words of a broadcaster's or publication's name: "Sky News", "BBC Radio 4", "Fox News Sunday". */
export const OUTLET_WORDS = /\b(?:News|TV|Television|Radio|Channel|FM|AM|Times|Post|Herald|Journal|Gazette|Express|Telegraph|Guardian|Mail|Mirror|Tribune|Standard|Today|Tonight|Sunday|Breakfast|Network|Press|Wire|Agency|Online|Podcast|Show|Hour|Report)\b/;
/** Street, square, park…: a place, never a source ("Tom Reyes, Main Street"; "said on Main Street"). */
const PLACE_WORDS = /\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Park|Hill|Bridge|Drive|Way|Boulevard|Place|Court|Close|Terrace|Gardens|Station|Airport|Beach|River|Lake|Mountain|Island|Bay|Harbour|Harbor|Centre|Center|Hall|Stadium|Ground|Oval|Field|Arena|Palace|House)\.?$/;

/** A capitalised run after "on"/"via" names an outlet: a social network, an acronym or a media name, never a place. */
function isOutlet(name: string): boolean {
  const bareName = name.replace(/^the\s+/i, '').replace(/[.,;:]+$/, '');
  if (PLACE_WORDS.test(bareName)) return false;
  if (SOCIAL_NAME.test(bareName) || /^(?:social media|state (?:television|TV|radio))$/.test(bareName)) return true;
  return /^\p{Lu}{2,6}\b/u.test(bareName) || OUTLET_WORDS.test(bareName);
}

/** A capitalised run that names an outlet or an organisation (not a person, a place or a date). */
function isOutletName(run: string): boolean {
  const bare = run.replace(/^the\s+/i, '').replace(/[.,;:]+$/, '');
  if (NOT_CHANNEL.test(bare) || PLACE_WORDS.test(bare)) return false;
  return isOutlet(run) || analyseNounPhrase(run)?.kind === 'org';
}

/** "in <run>" names a publication only with a media word in a name of two words or more ("The Times"). */
function isPublication(run: string): boolean {
  const bare = run.replace(/[.,;:]+$/, '');
  return bare.split(/\s+/).length >= 2 && OUTLET_WORDS.test(bare) && !PLACE_WORDS.test(bare) && !NOT_CHANNEL.test(bare.replace(/^the\s+/i, ''));
}

/** Where the words were published: "RIA Novosti", "a statement", "Telegram", "Reuters"; else "". */
export function sourceIn(text: string): string {
  const according = /\baccording to ([^,.;]+)/i.exec(text);
  if (according !== null) return nameOf(according[1]!);
  const doc = IN_DOCUMENT.exec(text);
  // "in an interview with the BBC" names the outlet; "in a statement on Monday" or "… with Ana Lopez" does not.
  if (doc !== null) return doc[2] !== undefined && isOutletName(doc[2]) ? nameOf(doc[2]) : `${/^[aeiou]/.test(doc[1]!) ? 'an' : 'a'} ${doc[1]}`;
  const event = /\b(?:at|told|to) an? ((?:news |press )?(?:briefing|conference)|press conference|news conference|hearing)\b/i.exec(text);
  if (event !== null) return `a ${event[1]!.toLowerCase()}`;
  const channel = ON_CHANNEL.exec(text);
  if (channel !== null && !NOT_CHANNEL.test(channel[1]!) && isOutlet(channel[1]!)) return channel[1]!.replace(/^the\s+/, '').replace(/[.,;:]+$/, '');
  // A publication: "wrote in The Times", "said in the Financial Times" (a media name, never a place or a date).
  const publication = IN_PUBLICATION.exec(text);
  if (publication !== null && isPublication(publication[1]!)) return publication[1]!.replace(/^the\s+/, '').replace(/[.,;:]+$/, '');
  const quotedBy = QUOTED_BY.exec(text);
  if (quotedBy !== null) return nameOf(quotedBy[1]!);
  const told = TOLD_OUTLET.exec(text);
  if (told !== null) {
    const a = analyseNounPhrase(told[1]!);
    if (/^(?:state|local)/.test(told[1]!) || a?.kind === 'org') return nameOf(told[1]!);
  }
  return '';
}
