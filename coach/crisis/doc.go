// Package crisis holds what Aftercare says when a text screens as a crisis
// or as one to ask about (see package coach/risk for the screening): the
// crisis lines of each country, the crisis reply and /crisis, the safety
// question, and how a typed answer to it (or to a yes/no question) reads
// in English, Spanish, German and French (answer.go).
//
// The lines are one data table (lines.go): for at least 30 countries, each
// number with what it is, the page it was confirmed on and the date; a
// number that could not be confirmed is not listed, and every country has
// its emergency number. A person's country comes from the caller (coach:
// their /settings choice, else the Discord locale, CountryOfLocale, else
// the time zone, localtime.CountryOfZone); a country without lines, or
// none, gets findahelpline.com and the advice to call the local emergency
// number. An operator's clinic line (Request.Clinic) comes first.
//
// The texts are written in English, Spanish, German and French (Langs);
// a line that answers in another language than the reply says so. The
// safety question, its buttons, the ASQ (NIMH's English, Spanish and
// French wording; German translated here and not validated, see asqItems)
// and the replies after each answer are SafetyIn's (safety_texts.go). No
// text says help is there "at any hour": only a line whose source says it
// is always open is described so. Reply answers a crisis the person told;
// Numbers answers /crisis, which they asked for, and does not thank them
// for telling anything.
//
// Every text here is written to safe-messaging guidance: people to reach
// and the emergency number first, no word for a means of harm, nothing that
// pressures or shames, and the conversation left open. The reply needs
// nothing but the person's country and language, so it can be given even
// when nothing else about the person can be read.
//
// It imports only the standard library and coach/instrument (the ASQ's
// English wording).
package crisis
