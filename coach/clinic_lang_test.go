package coach

import "github.com/aftercare/aftercare/coach/lang"

// enWords are the English words, for tests of what a therapist reads.
var enWords = lang.For(lang.Default)
