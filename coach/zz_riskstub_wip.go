//go:build aftercare_wip && !risk_ready

package coach

import "strings"

type Risk int

const (
	RiskNone Risk = iota
	RiskReview
	RiskCrisis
)

func AssessRisk(text string) Risk {
	if strings.Contains(strings.ToLower(text), "kill myself") {
		return RiskCrisis
	}
	return RiskNone
}
func SafetyQuestion() string            { return "Are you safe right now?" }
func CrisisReply(country string) string { return "988" }
func CountryForZone(z string) string    { return "" }
