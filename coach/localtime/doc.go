// Package localtime is Aftercare's vocabulary for a person's own clock and
// calendar: a Day (a local calendar date), a LocalTime (a wall-clock time of
// day), the IANA time zones a person may choose, and the clocks that tell
// the time to the rest of the program.
//
// A Day is a string, YYYY-MM-DD, and not a time.Time, because a check-in
// belongs to the date on the person's calendar, not to an instant: the same
// instant is Monday in Auckland and Sunday in London. As text a Day is what
// the store keys and Discord's custom_ids carry, it compares with ==, and it
// sorts in calendar order. DayOf makes one from an instant and a zone;
// ParseDay checks one that came back from outside.
//
// A LocalTime becomes an instant only on a given date in a given zone
// (LocalTime.On, Day.Start). Across a change of the clocks it resolves the
// way a person would expect an alarm to ring:
//   - a time that does not exist that day, because the clocks sprang
//     forward over it (02:30 in New York on the second Sunday of March),
//     moves forward to the first minute after the gap (03:00);
//   - a time that happens twice, because the clocks fell back (01:30 in New
//     York on the first Sunday of November), is the first of the two, so
//     that it fires once and as early as expected.
//
// The shifts may be an hour or half an hour (Lord Howe Island).
//
// ParseZone accepts the tz database's full names in any letter case and
// refuses abbreviations; SuggestedZones lists the ones worth offering;
// CountryOfZone tells a zone's country (for crisis lines). The lists are
// generated from the tz database (go generate ./coach/localtime),
// and the database itself is compiled into the binary (time/tzdata), so
// zones resolve on machines that have none.
//
// SystemClock, ScaledClock and FakeClock tell the time and wait: the real
// one, one that runs faster for a demonstration, and one that stands still
// until a test moves it. The packages that need a clock declare the
// interface they use.
//
// The package imports only the standard library, and nothing in it knows
// about people, plans or messages.
package localtime
