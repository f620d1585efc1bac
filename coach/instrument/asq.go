package instrument

import (
	"errors"
	"fmt"
)

// ASQ is NIMH's Ask Suicide-Screening Questions: four yes/no screening
// questions and, after a positive screen, one acuity question. It is not a
// Questionnaire: it has no total, and it is asked as a follow-up (to a
// worrying text, an unsure answer to the safety question, or PHQ-9 item 9),
// never offered on its own.
//
// The wording and the scoring are the published ones (ASQSource), word
// for word: NIMH's PDF could not be opened from here, so they were
// checked (December 2026) against copies of the tool: NIMH's 2017 toolkit
// PDF as uploaded at https://www.scribd.com/document/487904290/ASQ-pdf
// (questions 1 and 2 legible in the stored text), the ASQ pages of
// fpnotebook.com (questions 1-4) and psypack.com ("Next steps"), and
// public code copies (a Next.js screening app, a TypeScript instrument
// list, a FHIR questionnaire description) that agree on all five. Question 3 is
// "thoughts about killing yourself"; CHOP's clinical pathway prints
// "thoughts of", which is theirs. The Spanish and French are NIMH's translations; the German is
// ours (coach/crisis asqItems says where each was checked). The tool's
// clinician prompts after item 4 ("If yes, how? When?") and item 5 ("If
// yes, please describe") are left out: they ask for details of means, which
// a chat must never ask for, and they play no part in the scoring.
var ASQ = struct {
	// Items are the four screening questions, in order.
	Items [4]string
	// Acuity is question 5, asked only after a positive screen.
	Acuity string
}{
	Items: [4]string{
		"In the past few weeks, have you wished you were dead?",
		"In the past few weeks, have you felt that you or your family would be better off if you were dead?",
		"In the past week, have you been having thoughts about killing yourself?",
		"Have you ever tried to kill yourself?",
	},
	Acuity: "Are you having thoughts of killing yourself right now?",
}

// ASQSource cites where the ASQ's items and scoring come from.
const ASQSource = "National Institute of Mental Health, Ask Suicide-Screening Questions (ASQ) Toolkit, " +
	"the ASQ tool and its \"Next steps\" (https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials, " +
	"formerly https://www.nimh.nih.gov/labs-at-nimh/asq-toolkit-materials/index.shtml; the ASQ tool, 2017). " +
	"Horowitz LM et al. Ask Suicide-Screening Questions (ASQ): a brief instrument for the pediatric emergency department. " +
	"Arch Pediatr Adolesc Med 2012;166(12):1170-1176. Adults: Horowitz LM et al. Psychosomatics 2020;61(6):713-722."

// ASQAnswer is one answer to an ASQ question.
type ASQAnswer string

// The answers a person can give. Refused is "I'd rather not say"; the
// published rule scores a refused screening question as a positive screen.
// NIMH's tool, "Next steps" (as copied at psypack.com): "If patient
// answers “Yes” to any of questions 1 through 4, or refuses to answer,
// they are considered a positive screen. Ask question #5 to assess
// acuity" (the French tool: "Si le
// patient a répondu « Oui » à l'une des questions 1 à 4, ou refusé de
// répondre, il s'agit d'un dépistage positif"). The rule is about a
// refusal: a question not answered yet (ASQUnanswered) is not scored.
const (
	ASQUnanswered ASQAnswer = ""
	ASQNo         ASQAnswer = "n"
	ASQYes        ASQAnswer = "y"
	ASQRefused    ASQAnswer = "r"
)

// Valid reports whether a is an answer a person gave (not ASQUnanswered).
func (a ASQAnswer) Valid() bool { return a == ASQNo || a == ASQYes || a == ASQRefused }

// ASQOutcome is the result of an ASQ, by the published scoring.
type ASQOutcome string

// The outcomes, in rising order of concern.
const (
	// ASQNegative: No to all four screening questions; the acuity question
	// is not asked.
	ASQNegative ASQOutcome = "negative"
	// ASQNonAcute: a positive screen and No to the acuity question
	// ("potential risk identified").
	ASQNonAcute ASQOutcome = "non-acute positive"
	// ASQAcute: a positive screen and Yes to the acuity question
	// ("imminent risk identified").
	ASQAcute ASQOutcome = "acute positive"
)

// Rank orders outcomes by concern: 0 for none or unknown, 1 negative,
// 2 non-acute positive, 3 acute positive.
func (o ASQOutcome) Rank() int {
	switch o {
	case ASQNegative:
		return 1
	case ASQNonAcute:
		return 2
	case ASQAcute:
		return 3
	}
	return 0
}

// ErrASQIncomplete means ScoreASQ was given a question not answered yet.
var ErrASQIncomplete = errors.New("ASQ not answered in full")

// ASQPositive reports whether the four screening answers are a positive
// screen: any Yes, or any refusal, as published. It is what decides whether
// the acuity question is asked.
func ASQPositive(screen [4]ASQAnswer) bool {
	for _, a := range screen {
		if a == ASQYes || a == ASQRefused {
			return true
		}
	}
	return false
}

// ScoreASQ scores an ASQ by the published rule. screen holds the answers to
// the four screening questions; acuity the answer to question 5, which is
// ignored after a negative screen (it is not asked then).
//
// A refused acuity question is scored acute: the published rule does not
// cover it, and an imminent risk the person would not rule out is answered
// with crisis help rather than with less. That choice is ours, not NIMH's.
func ScoreASQ(screen [4]ASQAnswer, acuity ASQAnswer) (ASQOutcome, error) {
	for i, a := range screen {
		if !a.Valid() {
			return "", fmt.Errorf("ASQ question %d: %w", i+1, ErrASQIncomplete)
		}
	}
	if !ASQPositive(screen) {
		return ASQNegative, nil
	}
	switch acuity {
	case ASQNo:
		return ASQNonAcute, nil
	case ASQYes, ASQRefused:
		return ASQAcute, nil
	}
	return "", fmt.Errorf("ASQ acuity question: %w", ErrASQIncomplete)
}
