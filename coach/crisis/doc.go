// Package crisis holds what Aftercare says when a text screens as a crisis
// or as one to ask about (see package coach/risk for the screening): the
// crisis lines of a country, the country a time zone belongs to, the crisis
// reply, the safety question, and how a typed answer to it (or to a yes/no
// question) reads in English, Spanish, German and French (answer.go).
//
// Every text here is written to safe-messaging guidance: people to reach
// and the emergency number first, no word for a means of harm, nothing that
// pressures or shames, and the conversation left open. The reply needs
// nothing but the person's country, so it can be given even when nothing
// else about the person can be read.
//
// It imports only the standard library.
package crisis
