// Package activity is the library of pleasant, social and mastery
// activities that behavioural activation schedules beside movement: call a
// friend, cook something simple, water a plant, write three lines. Each is
// tagged with the values it serves (connection, creativity, calm, care for
// yourself, getting things done, nature, learning), so that the ideas a
// person gets are chosen from what they said matters to them.
//
// The rule for when a valued activity takes the place of the day's
// movement idea is Offered: from the second day after a session, every
// other day (days 2, 4, 6, …), for a person who named at least one value.
// Movement stays on the other days.
//
// The package imports only the standard library and never coach.
package activity
