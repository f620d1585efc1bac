// Package bot connects people to the coach. A transport (Discord, or the
// terminal console) turns what a person does into coach events and renders
// the coach's messages: buttons as Discord buttons or numbered choices,
// inputs as a Discord modal or a typed line, the weekly summary as an embed
// with a chart or as text with a PNG file.
package bot
