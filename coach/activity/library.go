package activity

import "github.com/aftercare/aftercare/coach/lang"

// withTexts gives each activity its English text, from the message files
// (activity.text.<id>).
func withTexts(lib []Activity) []Activity {
	en := lang.For(lang.Default)
	for i := range lib {
		lib[i].Text = en.T("activity.text." + lib[i].ID)
	}
	return lib
}

// library is written for the days after a therapy session: short, concrete,
// and an invitation, never a demand. IDs are stored in a day's record, so a
// text may be reworded but an ID is never renamed or reused.
var library = withTexts([]Activity{
	// Social: towards someone, in the smallest form that still counts.
	{ID: "do-message-friend", Kind: KindSocial, Values: []Value{ValueConnection}, Seated: true},
	{ID: "do-call-friend", Kind: KindSocial, Values: []Value{ValueConnection, ValueSelfCare}, Seated: true},
	{ID: "do-photo-share", Kind: KindSocial, Values: []Value{ValueConnection, ValueCreativity}, Seated: true},
	{ID: "do-thank-you", Kind: KindSocial, Values: []Value{ValueConnection, ValueCalm}, Seated: true},
	{ID: "do-coffee-plan", Kind: KindSocial, Values: []Value{ValueConnection}, Seated: true},
	{ID: "do-pet-time", Kind: KindPleasant, Values: []Value{ValueConnection, ValueCalm}, Seated: true},

	// Pleasant: enjoyed for itself.
	{ID: "do-warm-drink", Kind: KindPleasant, Values: []Value{ValueSelfCare, ValueCalm}, Seated: true},
	{ID: "do-one-album", Kind: KindPleasant, Values: []Value{ValueCalm, ValueCreativity}, Seated: true},
	{ID: "do-new-music", Kind: KindPleasant, Values: []Value{ValueLearning, ValueCreativity}, Seated: true},
	{ID: "do-ten-outside", Kind: KindPleasant, Values: []Value{ValueNature, ValueCalm}, Outdoor: true},
	{ID: "do-sky-watch", Kind: KindPleasant, Values: []Value{ValueNature, ValueCalm}, Seated: true},
	{ID: "do-water-plant", Kind: KindMastery, Values: []Value{ValueNature, ValueSelfCare}},
	{ID: "do-collect-thing", Kind: KindPleasant, Values: []Value{ValueNature, ValueCreativity}, Outdoor: true},
	{ID: "do-bird-listen", Kind: KindPleasant, Values: []Value{ValueNature, ValueLearning}, Outdoor: true},
	{ID: "do-warm-shower", Kind: KindPleasant, Values: []Value{ValueSelfCare, ValueCalm}},
	{ID: "do-favourite-film", Kind: KindPleasant, Values: []Value{ValueSelfCare, ValueCalm}, Seated: true},
	{ID: "do-snack-plate", Kind: KindPleasant, Values: []Value{ValueSelfCare}, Seated: true},

	// Creative: making something, however small.
	{ID: "do-three-lines", Kind: KindMastery, Values: []Value{ValueCreativity, ValueCalm}, Seated: true},
	{ID: "do-doodle", Kind: KindPleasant, Values: []Value{ValueCreativity}, Seated: true},
	{ID: "do-photo-walk", Kind: KindPleasant, Values: []Value{ValueCreativity, ValueNature}, Outdoor: true},
	{ID: "do-hum-play", Kind: KindPleasant, Values: []Value{ValueCreativity, ValueSelfCare}, Seated: true},
	{ID: "do-rearrange", Kind: KindMastery, Values: []Value{ValueCreativity, ValueAchievement}},

	// Mastery: a small thing done, start to finish.
	{ID: "do-tidy-drawer", Kind: KindMastery, Values: []Value{ValueAchievement, ValueCalm}},
	{ID: "do-cook-simple", Kind: KindMastery, Values: []Value{ValueSelfCare, ValueAchievement, ValueCreativity}},
	{ID: "do-small-task", Kind: KindMastery, Values: []Value{ValueAchievement}, Seated: true},
	{ID: "do-fresh-sheets", Kind: KindMastery, Values: []Value{ValueSelfCare, ValueAchievement}},
	{ID: "do-plan-tomorrow", Kind: KindMastery, Values: []Value{ValueAchievement, ValueCalm}, Seated: true},
	{ID: "do-fix-small", Kind: KindMastery, Values: []Value{ValueAchievement, ValueLearning}},
	{ID: "do-clear-photos", Kind: KindMastery, Values: []Value{ValueAchievement, ValueConnection}, Seated: true},

	// Learning: a few minutes of curiosity.
	{ID: "do-read-pages", Kind: KindPleasant, Values: []Value{ValueLearning, ValueCalm}, Seated: true},
	{ID: "do-learn-fact", Kind: KindMastery, Values: []Value{ValueLearning}, Seated: true},
	{ID: "do-recipe-new", Kind: KindMastery, Values: []Value{ValueLearning, ValueCreativity, ValueSelfCare}, Seated: true},
	{ID: "do-podcast", Kind: KindPleasant, Values: []Value{ValueLearning, ValueSelfCare}, Seated: true},
	{ID: "do-language-word", Kind: KindMastery, Values: []Value{ValueLearning, ValueConnection}, Seated: true},
	{ID: "do-tree-name", Kind: KindMastery, Values: []Value{ValueLearning, ValueNature}, Outdoor: true},
})
