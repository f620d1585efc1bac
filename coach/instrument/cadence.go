package instrument

// Due reports whether q may be offered again daysSince days after its last
// completed administration; answered is false when it was never completed.
//
// An instrument asks about a recall window (PHQ-9 and GAD-7 the last 2
// weeks, the PCL-5 the past month), so giving it again inside that window
// asks about days already reported: windows would overlap and two scores
// would count the same days. A once-only instrument (RepeatDays 0, the
// PC-PTSD-5 screen) is never due again once completed.
func (q Questionnaire) Due(daysSince int, answered bool) bool {
	if !answered {
		return true
	}
	return q.RepeatDays > 0 && daysSince >= q.RepeatDays
}
