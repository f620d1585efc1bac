package discord

import (
	"net/http"
	"net/url"
	"strings"
)

// apiRewrite sends the requests discordgo makes to https://discord.com to
// another base URL instead (DISCORD_API_BASE): a REST proxy, or the fake
// Discord of the tests.
//
// Why a RoundTripper rather than discordgo's Endpoint variables: discordgo
// computes every Endpoint* variable once, at package init, from
// EndpointDiscord. Assigning EndpointAPI later moves none of the derived
// ones (EndpointChannels, EndpointWebhooks, EndpointInteractions, ...), and
// writing package globals is a data race besides. Rewriting at the client
// transport moves every REST call, interaction callbacks and webhooks
// included, and also GET /gateway, the lookup that tells discordgo where
// the websocket is. A REST proxy speaks Discord's paths under its own host,
// so it works the same way.
type apiRewrite struct {
	base *url.URL
	next http.RoundTripper
}

// newAPIRewrite returns next itself when base is nil: Discord is reached
// directly.
func newAPIRewrite(base *url.URL, next http.RoundTripper) http.RoundTripper {
	if base == nil {
		return next
	}
	return apiRewrite{base: base, next: next}
}

// RoundTrip rewrites a request for https://discord.com and passes it on.
// The request is cloned, as a RoundTripper must not change its argument.
func (t apiRewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	prefix := strings.TrimSuffix(t.base.Path, "/") // a proxy may serve Discord under a path
	r.URL.Scheme, r.URL.Host, r.Host = t.base.Scheme, t.base.Host, ""
	r.URL.Path = prefix + r.URL.Path
	if r.URL.RawPath != "" {
		r.URL.RawPath = prefix + r.URL.RawPath
	}
	return t.next.RoundTrip(r)
}
