// Package bot connects people to the coach. A transport (the terminal
// console here; Discord later) turns what a person does into coach events and
// renders the coach's messages: buttons as numbered choices or Discord
// buttons, inputs as a typed line or a Discord modal.
package bot
