package instrument

// Codes are a questionnaire's LOINC codes, so that a record system can
// file its answers (see coach's FHIR export). A code Aftercare could not
// source from LOINC or a published FHIR guide is left empty, never
// guessed: an empty Panel or Total, or an item without a code, is a gap
// the export leaves visible rather than fills.
type Codes struct {
	Panel string   // the questionnaire as a whole, e.g. "44249-1"
	Total string   // its total score
	Items []string // one per item, in item order; "" where none was sourced
}

// LOINC returns the questionnaire's codes, and false for one with none.
//
// Sources, checked 2026:
//   - PHQ-9 44249-1, total 44261-6 (loinc.org/44261-6: "Member of these
//     Panels: 44249-1"); items 44250-9 … 44260-8 as in the PHQ-SADS panel
//     (loinc.org/69729-2) and HL7 US Core's QuestionnaireResponse PHQ-9
//     example. PHQ-9's unscored difficulty question has no code here.
//   - PHQ-2 55757-9, total 55758-7, items PHQ-9's first two
//     (loinc.org/55757-9, panel hierarchy).
//   - GAD-7 69737-5, total 70274-6; items 69725-0, 68509-9, 69733-4,
//     69734-2, 69735-9, 69689-8, 69736-7 (loinc.org/69729-2; HL7 Personal
//     Health Record IG, QuestionnaireResponse gad7).
//   - GAD-2: no LOINC panel or total score was found. 69725-0, sometimes
//     given for it, is GAD-7's first item ("Feeling nervous, anxious or on
//     edge"), not the GAD-2; so only the two items carry GAD-7's codes.
//   - PC-PTSD-5 102010-6 (LOINC 2.83, as cited by the Medizininformatik-
//     Initiative's PRO module), total 102017-1 (the scoring item of
//     CIRG's PC-PTSD-5 questionnaire). Item codes are left out: no source
//     paired them with the items' texts.
//   - PCL-5 101697-1 "Post traumatic stress disorder checklist - civilian
//     version DSM-5 [PCL-5]", total 101698-9 "PTSD PCL-5 score" (LOINC
//     term pages). Item codes were not sourced.
func LOINC(id string) (Codes, bool) {
	c, ok := loincCodes[id]
	if !ok {
		return Codes{}, false
	}
	c.Items = append([]string(nil), c.Items...)
	return c, true
}

var phq9Codes = []string{"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"}

var gad7Codes = []string{"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"}

var loincCodes = map[string]Codes{
	PHQ9:    {Panel: "44249-1", Total: "44261-6", Items: phq9Codes},
	PHQ2:    {Panel: "55757-9", Total: "55758-7", Items: phq9Codes[:2]},
	GAD7:    {Panel: "69737-5", Total: "70274-6", Items: gad7Codes},
	GAD2:    {Items: gad7Codes[:2]},
	PCPTSD5: {Panel: "102010-6", Total: "102017-1"},
	PCL5:    {Panel: "101697-1", Total: "101698-9"},
}
