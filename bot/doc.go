// Package bot connects people to the coach, whatever the transport. A
// transport (Discord, in package bot/discord, or the terminal Console
// here) turns what a person does into coach events and renders the
// coach's messages: buttons as Discord buttons or numbered choices,
// inputs as a Discord modal or a typed line, the weekly summary as an
// embed with a chart or as text with a PNG file.
//
// What every transport shares lives here:
//   - the Router, which passes events to the coach, turns failures into
//     a kind reply (SorryText) and holds each person to a steady pace
//     (PersonLimiter): an event over it waits its turn and is done late,
//     and what coach.NeverHeld names (stopping, erasing, asking for help)
//     never waits; a crisis reply is sent whatever failed, and a crisis's
//     recording that storage could not take goes to its Retrier;
//   - the Deliverer, which runs the scheduler's due jobs through a
//     Sender (a person's DMs) or a ChannelSender (a group's channel),
//     with WithIdempotencyKey so that a retried job is not shown twice,
//     and ErrDMClosed for a person who cannot be reached;
//   - WeekChart, the weekly summary's chart;
//   - the Console, the terminal chat of the demo and of local runs.
package bot
