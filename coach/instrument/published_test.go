package instrument

import (
	"strings"
	"testing"
)

// The published numbers, each beside the paper or page it is taken from.
// These tables are written from the sources, not from definitions.go: a
// change to a rule there that the literature does not back fails here.
//
// Sources (checked December 2026):
//   - PHQ-9: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a
//     brief depression severity measure. J Gen Intern Med 2001;16:606-613.
//     Bands 5/10/15/20, cut-off 10, response ≥ 50% drop, remission < 5.
//   - PHQ-9 reliable change: McMillan D, Gilbody S, Richards D. Defining
//     successful treatment outcome in depression using the PHQ-9: a
//     comparison of methods. J Affect Disord 2010;127:122-129 (Jacobson-Truax,
//     6 points). MCID 5: Löwe B, Unützer J, Callahan CM, Perkins AJ, Kroenke K.
//     Monitoring depression treatment outcomes with the PHQ-9. Med Care
//     2004;42:1194-1201.
//   - PHQ-2: Kroenke K, Spitzer RL, Williams JBW. The Patient Health
//     Questionnaire-2. Med Care 2003;41:1284-1292. Cut-off 3.
//   - GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for
//     assessing generalized anxiety disorder: the GAD-7. Arch Intern Med
//     2006;166:1092-1097. Bands 5/10/15, cut-off 10.
//   - GAD-7 reliable change: Bischoff T, Anderson SR, Heafner J, Tambling R.
//     Establishment of a reliable change index for the GAD-7. Psychology,
//     Community & Health 2020;8(1):176-187, doi:10.5964/pch.v8i1.309
//     (RCI 5.59, "rounded to 6"). NHS Talking Therapies' 4 points (Gyani A et
//     al. Behav Res Ther 2013;51:597-606) is a service convention; no primary
//     derivation of it was found, so it is not used as reliable change. MCID
//     4: Toussaint A et al. J Affect Disord 2020;265:395-401.
//   - GAD-2: Kroenke K et al. Anxiety disorders in primary care. Ann Intern
//     Med 2007;146:317-325. Cut-off 3.
//   - PC-PTSD-5: Prins A et al. J Gen Intern Med 2016;31:1206-1211. Exposure
//     question first; cut-off 3 of 5.
//   - PCL-5: Weathers FW et al., National Center for PTSD, 2013
//     (ptsd.va.gov): 20 items 0-4, total 0-80, probable PTSD at 31-33 (33
//     used; Forkus SR et al. 2023 systematic review: 31-33); 10 points is a
//     clinically meaningful change (NCPTSD).
//   - PCL-5 reliable change: Marx BP, Lee DJ, Norman SB, Bovin MJ, Sloan DM,
//     Weathers FW, Keane TM, Schnurr PP. Reliable and clinically significant
//     change in the CAPS-5 and PCL-5 among male veterans. Psychol Assess
//     2022;34(2):197-203: ≥ 15 (sample 1, n = 198), ≥ 18 (sample 2, n = 102).

// TestPublishedCutoffs scores a total one below and at each published
// screening cut-off.
func TestPublishedCutoffs(t *testing.T) {
	for _, tt := range []struct {
		id     string
		cutoff int
		source string
	}{
		{PHQ9, 10, "Kroenke et al. 2001"},
		{PHQ2, 3, "Kroenke et al. 2003"},
		{GAD7, 10, "Spitzer et al. 2006"},
		{GAD2, 3, "Kroenke et al. 2007"},
		{PCPTSD5, 3, "Prins et al. 2016"},
		{PCL5, 33, "National Center for PTSD (31-33)"},
	} {
		t.Run(tt.id, func(t *testing.T) {
			q, ok := ByID(tt.id)
			if !ok {
				t.Fatalf("no %s", tt.id)
			}
			if !strings.Contains(q.Source, strings.Fields(tt.source)[0]) {
				t.Errorf("%s's Source does not cite %s: %q", tt.id, tt.source, q.Source)
			}
			for _, total := range []int{tt.cutoff - 1, tt.cutoff} {
				r, err := Score(tt.id, answersFor(t, q, total))
				if err != nil {
					t.Fatal(err)
				}
				if r.Total != total || r.Positive != (total >= tt.cutoff) {
					t.Errorf("%s total %d: got total %d, positive %v; want positive from %d (%s)",
						tt.id, total, r.Total, r.Positive, tt.cutoff, tt.source)
				}
			}
		})
	}
}

// TestPublishedBands scores the edges of every published severity band.
func TestPublishedBands(t *testing.T) {
	for _, tt := range []struct {
		id     string
		total  int
		band   string
		source string
	}{
		{PHQ9, 0, "minimal", "Kroenke et al. 2001"},
		{PHQ9, 4, "minimal", "Kroenke et al. 2001"},
		{PHQ9, 5, "mild", "Kroenke et al. 2001"},
		{PHQ9, 9, "mild", "Kroenke et al. 2001"},
		{PHQ9, 10, "moderate", "Kroenke et al. 2001"},
		{PHQ9, 14, "moderate", "Kroenke et al. 2001"},
		{PHQ9, 15, "moderately severe", "Kroenke et al. 2001"},
		{PHQ9, 19, "moderately severe", "Kroenke et al. 2001"},
		{PHQ9, 20, "severe", "Kroenke et al. 2001"},
		{PHQ9, 27, "severe", "Kroenke et al. 2001"},
		{GAD7, 4, "minimal", "Spitzer et al. 2006"},
		{GAD7, 5, "mild", "Spitzer et al. 2006"},
		{GAD7, 9, "mild", "Spitzer et al. 2006"},
		{GAD7, 10, "moderate", "Spitzer et al. 2006"},
		{GAD7, 14, "moderate", "Spitzer et al. 2006"},
		{GAD7, 15, "severe", "Spitzer et al. 2006"},
		{GAD7, 21, "severe", "Spitzer et al. 2006"},
		// The PCL-5 has no published severity bands: none are invented.
		{PCL5, 60, "", "National Center for PTSD"},
	} {
		q, _ := ByID(tt.id)
		r, err := Score(tt.id, answersFor(t, q, tt.total))
		if err != nil {
			t.Fatal(err)
		}
		if r.Severity != tt.band {
			t.Errorf("%s %d: band %q, want %q (%s)", tt.id, tt.total, r.Severity, tt.band, tt.source)
		}
	}
}

// TestPublishedChange holds the reliable-change and clinically important
// thresholds, and PHQ-9's response and remission, at their edges.
func TestPublishedChange(t *testing.T) {
	for _, tt := range []struct {
		id             string
		reliable, mcid int
		source         string
	}{
		{PHQ9, 6, 5, "McMillan et al. 2010; Löwe et al. 2004"},
		{GAD7, 6, 4, "Bischoff et al. 2020; Toussaint et al. 2020"},
		{PCL5, 15, 10, "Marx et al. 2022; National Center for PTSD"},
	} {
		t.Run(tt.id, func(t *testing.T) {
			q, _ := ByID(tt.id)
			if q.ReliableChange != tt.reliable || q.MCID != tt.mcid {
				t.Errorf("%s reliable change %d, MCID %d; want %d, %d (%s)", tt.id, q.ReliableChange, q.MCID, tt.reliable, tt.mcid, tt.source)
			}
			base := q.MaxTotal - 1
			for _, drop := range []int{tt.reliable - 1, tt.reliable} {
				c, err := Follow(tt.id, []Reading{{Total: base, BeforeSession: true}, {Total: base - drop}})
				if err != nil {
					t.Fatal(err)
				}
				if c.Improved != (drop >= tt.reliable) {
					t.Errorf("%s down %d from %d: improved %v, want reliable from %d (%s)", tt.id, drop, base, c.Improved, tt.reliable, tt.source)
				}
				w, _ := Follow(tt.id, []Reading{{Total: 0, BeforeSession: true}, {Total: drop}})
				if w.Worsened != (drop >= tt.reliable) {
					t.Errorf("%s up %d from 0: worsened %v, want reliable from %d (%s)", tt.id, drop, w.Worsened, tt.reliable, tt.source)
				}
			}
		})
	}
	// PHQ-9 response: a drop of 50% or more; remission: under 5
	// (Kroenke et al. 2001), judged from a baseline of 10 or more.
	for _, tt := range []struct {
		base, latest        int
		response, remission bool
	}{
		{20, 10, true, false},
		{20, 11, false, false},
		{10, 5, true, false},
		{10, 4, true, true},
		{9, 2, false, false}, // below the cut-off at baseline: not judged
	} {
		c, err := Follow(PHQ9, []Reading{{Total: tt.base, BeforeSession: true}, {Total: tt.latest}})
		if err != nil {
			t.Fatal(err)
		}
		if c.Response != tt.response || c.Remission != tt.remission {
			t.Errorf("PHQ-9 %d → %d: response %v, remission %v; want %v, %v (Kroenke et al. 2001)",
				tt.base, tt.latest, c.Response, c.Remission, tt.response, tt.remission)
		}
	}
}

// answersFor spreads total over q's scored items, each at most the top
// option; a gated questionnaire's gate is answered Yes.
func answersFor(t *testing.T, q Questionnaire, total int) []int {
	t.Helper()
	top := q.Options[len(q.Options)-1].Score
	answers := make([]int, len(q.Items))
	first := 0
	if q.Gated {
		answers[0], first = 1, 1
	}
	left := total
	for i := first; i < len(answers) && left > 0; i++ {
		answers[i] = min(top, left)
		left -= answers[i]
	}
	if left > 0 {
		t.Fatalf("%s cannot reach %d", q.ID, total)
	}
	return answers
}
