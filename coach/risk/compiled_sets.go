package risk

import (
	"fmt"
	"slices"
)

// Someone else's danger (other.go) and intentMore's words (intent_more.go)
// are lists of their own kinds, one set per language, beside the phrase
// sets. They are compiled at `go generate` time into compiled.bin with
// the rest: compiled on a process's first screening, someone else's 28
// lists cost that screening 60 ms to 290 ms of a shared machine (issue
// 17, goal 4), and intentMore's 10 lists 7 ms more.

// setLists are one language's lists of such a kind, with its words, in
// the order of the compiled lists they make (groupLists).
type setLists struct {
	lang  string
	words map[string]string
	lists [][]string
}

// setLists are the set's lists in otherScreen's order. done is read with
// farewell, whose acts are done ones too.
func (o otherSet) setLists() setLists {
	return setLists{lang: o.lang, words: o.words, lists: [][]string{
		o.who, o.acts, append(slices.Clone(o.done), o.farewell...), o.before, o.now, o.story, o.own, o.told, o.alarm,
		o.threat, o.subject, o.speech, o.helper, o.menace, o.violence, o.calm, o.wish, o.tonight,
		o.noise, o.source, o.cause, o.skill, o.knows, o.gone, o.everyone, o.then, o.farewell, o.claimed}}
}

// phraseLists are the compiled lists in the order setLists gives their
// sources.
func (o *otherScreen) phraseLists() []**phraseList {
	return []**phraseList{&o.who, &o.acts, &o.done, &o.before, &o.now, &o.story, &o.own, &o.told, &o.alarm,
		&o.threat, &o.subject, &o.speech, &o.helper, &o.menace, &o.violence, &o.calm, &o.wish, &o.tonight,
		&o.noise, &o.source, &o.cause, &o.skill, &o.knows, &o.gone, &o.everyone, &o.then, &o.farewell, &o.claimed}
}

func (m intentMore) setLists() setLists {
	return setLists{lang: m.lang, words: m.words, lists: [][]string{
		m.persist, m.anniversary, m.lately, m.attempt, m.hopeless, m.method, m.means, m.urge, m.warning, m.hedge}}
}

func (m *moreLists) phraseLists() []**phraseList {
	return []**phraseList{&m.persist, &m.anniversary, &m.lately, &m.attempt, &m.hopeless, &m.method, &m.means,
		&m.urge, &m.warning, &m.hedge}
}

// setGroups are the kinds of lists compiled beside the phrase sets, each
// its sets by language, in the order the tables hold them.
func setGroups() [][]setLists {
	var other, intent []setLists
	for _, o := range otherSets() {
		other = append(other, o.setLists())
	}
	for _, m := range intentMoreSets() {
		intent = append(intent, m.setLists())
	}
	return [][]setLists{other, intent}
}

// groupLists are the screen's compiled lists of setGroups, in the same
// order, making them if they are not there yet.
func (s *screen) groupLists() [][]**phraseList {
	if s.other == nil {
		s.other = &otherScreen{}
	}
	if s.more == nil {
		s.more = &moreLists{}
	}
	return [][]**phraseList{s.other.phraseLists(), s.more.phraseLists()}
}

// compileSets compiles list k of every set into dst[k].
func compileSets(sets []setLists, dst []**phraseList) error {
	for _, set := range sets {
		if len(set.lists) != len(dst) {
			return fmt.Errorf("%s: %d lists for %d places", set.lang, len(set.lists), len(dst))
		}
	}
	for k, d := range dst {
		var ps []phraseSet
		for _, set := range sets {
			ps = append(ps, phraseSet{lang: set.lang, words: set.words, crisis: set.lists[k]})
		}
		l, err := compilePhrases(ps, func(p phraseSet) []string { return p.crisis })
		if err != nil {
			return fmt.Errorf("list %d: %w", k, err)
		}
		*d = l
	}
	return nil
}

// compileGroups compiles every kind of setGroups into the screen.
func (s *screen) compileGroups() error {
	groups := setGroups()
	for g, dst := range s.groupLists() {
		if err := compileSets(groups[g], dst); err != nil {
			return err
		}
	}
	return nil
}
