package risk

// englishSignals are the English signals (see signal.go), sharing the
// macros of en.go and en_more.go.
var englishSignals = signalSet{
	lang: "en",
	words: withWords(englishMore.words, map[string]string{
		"doses":   "({pills}|doses|dose|k|troche|lozenge|spravato|bottle|leftovers)",
		"weekday": "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
		"method":  "(drowning|jumping|hanging|falling|bleeding out|being hit by a (train|car|bus)|an overdose|overdosing|suffocating|jumping off (a|the) (bridge|roof|building))",
		"acquire": "(picked up|pick up|picking up|bought|buy|buying|got|get|getting|ordered|order|found|took out|take out|taking out|pulled out|got out|grabbed|fetched|loaded|sharpened|tied|borrowed)",
		"athand":  "(next to me|beside me|by my side|on my bed|on the bed|in my lap|in my hand|on the table|on my desk|in front of me|in my pocket|in my bag|within reach)",
	}),
	kinds: [numSignalKinds][]string{
		sigMeans: {
			// Round s22-enes (sets 22 and 23): looking at a gun for a long
			// while; far more ketamine or esketamine taken than one was told.
			"(staring|stared|looking|looked|sitting|sat) at (it|the gun|the pistol|the rifle|the shotgun|my gun|my sidearm|my pistol|the sidearm) for (an hour|half an hour|# minutes|# mins|# hours|hours|ages)",
			// A rope picked up at a shop (a corpus row of set 16 the set-22
			// retraining let fall, with "tonight's the night").
			"(picked up|bought|got|grabbed) (a|the|some)? (rope|noose) (at|from) (the)? (hardware store|hardware shop|diy store|shop|store|home depot)",
			"(used|taken|took|had|done|sprayed) (far|way|much|a lot|loads)? more (of it)? (than|then) (i was told|i was supposed to|prescribed|they said|the clinic said|at the clinic|i should)",
			// Round s20-routine: at a station, the fast trains that do not stop
			// there, the sentence ending with it ("the fast ones dont stop
			// here"); with "at the station." (a place, when) it is Crisis.
			"(the)? (fast|express|through|non stop|nonstop|freight|intercity) (ones|trains|train|one) (do not|never|will not|does not) stop (here|at this (station|platform|stop))? $",
			// Round s20-resid: means at hand as a blade in the hand ("knife's" is
			// read "knifes"); a bridge or a height gone to, after a time set.
			"^ (and)? (then|after that) (i am|im|i will|ill|i)? (going|go|head|heading|walk|walking|drive|driving) (up)? to the (bridge|cliff|cliffs|tracks|quarry|viaduct|overpass|roof|dam) $",
			// Round s20-enes (other2): the edge of a platform.
			"(i am|im|standing|sitting|stood|sat) (at|on) the (very)? edge of the platform",
			// Round s20-enes: standing past a railing or a platform line; the
			// balcony stared at; a whole pack "plus" another drug; the pier
			// once it is dark; a rope or gun where one is not looked for.
			"(standing|stood|sitting|sat|am|is|climbed|stepped) (past|beyond|outside|on the other side of|the wrong side of) the (railing|railings|rail|barrier|guardrail|parapet|safety rail)",
			"(man|woman|guy|girl|someone|somebody|person|kid|boy|lady|bloke) (standing|is|stood|sitting)? (past|over|beyond|across) the (yellow|safety|white|platform) line",
			"(keep|kept|been|am|sit|sitting)? staring (at|over|down from|down at) the (balcony|ledge|railing|edge|drop)",
			"(plus|and|with|on top of) the (whole|entire|full) (pack|packet|box|bottle|strip|blister|sheet) of",
			"(heading|going|walking|off|head) (down|out)? (to|on|along)? the (pier|jetty|quay|breakwater|sea wall|harbour wall|harbor wall|cliffs) (once|when|after) (its|it is|it gets) dark",
			"(woods|forest|park|barn|shed) with (the|a|my) (rope|noose|gun|rifle)",
			// Round s12-learn19: corpus rows the model alone had carried and let go when set 19 was learnt.
			"^ (i am)? (on|at) the golden gate (bridge)? $",
			// Fresh set 19: a rifle cleaned and loaded; the edge of a quarry.
			"(rifle|gun|shotgun|pistol|revolver|rifles|guns) (is|s|are)? (cleaned and)? loaded",
			"^ (i am)? (at|on) the (edge|rim) of the (quarry|cliff|cliffs|bridge|roof|gorge)",
			// A place alone as a sentence, after "tonight" ("tonight. bridge. sorry").
			"^ (the)? (bridge|quarry|cliff|cliffs|tracks|rails|overpass|viaduct) $",
			// Fresh sets 14 and 15: a roof with no railing.
			"(roof|rooftop) (access)? ... ... (no|without) (railing|railings|rail|fence|barrier)",
			// Sets 12 and 13: a gun in the lap; the next fast train through.
			"(gun|rifle|shotgun|pistol|revolver) ... ... {athand}",
			"(next|the) (fast|express|non stop|nonstop|freight) train (comes|goes)? (through|passes) (in # (min|mins|minutes))? $",
			"(borrowed|took|taken|got) (my)? (uncles|dads|fathers|brothers|grandads|grandpas|neighbours|neighbors|friends) (gun|rifle|shotgun|pistol)",
			"(knife|knifes|blade|blades|razor|razors) (is|s|are)? in my (hand|hands)",
			"(turn|turning|turned) (on)? the gas (on)? (and)? (just)? (go to sleep|lie down|wait|close the (door|doors|windows))",
			"{acquire} (a|the|some|my|his|her|my (dad|father|mom|mother|husband|partner) is) (old)? ({ligature}|{blade}|hose|charcoal|helium|tubing)",
			"({ligature}|{blade}) ... ... {athand}",
			"(saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|keeping|kept|stashing|stashed|holding on to|held on to) (up)? (the|my|all|all my|all the|some|every)? (leftover|extra|spare|unused|last)? {doses}",
			"(instead of|rather than|without) taking (them|it|my {doses}|the {doses})",
			"(not|never) (took|taken|take|taking) (my|the) (last)? {doses} ... (saved|kept|keeping|saving)",
			"(car|engine) (is|running)? in the (garage|closed garage|shut garage)",
			"(full|a full) tank",
			"(hose|pipe) (to|from|on|into|in) the exhaust",
			"^ (i am)? (on|at|up on|out on) (the|this|a) (edge of the|top of the)? (bridge|ledge|railing|parapet|cliff|overpass|rooftop|train tracks|tracks|roof of (my|the|this) (building|block|apartment))",
			"(the|that) (water|river|lake|sea|drop|ground) (looks|seems|is) (so)? (quiet|calm|peaceful|inviting|far down|cold)",
			"(does|would|will|is|do) (it)? {method} (hurt|painful|quick|fast|painless)",
			"how (painful|quick|fast) is {method}",
			// "passed the rail bridge and thought tomorrow morning"
			"(passed|walked past|walked by|drove past|drove over|stood on|stood at|looked down from) the (rail|railway|train)? (bridge|tracks|overpass|level crossing|viaduct) and thought (tomorrow|tonight|this is it|about doing it|of doing it|how easy)",
		},
		sigFinal: {
			// Round s22-enes (sets 22 and 23): not making it to morning; not
			// coming down (from a roof) this time; an age said to be enough.
			"(do not|dont|not sure i|not sure ill|i do not|i dont) (think)? (i)? (will|ll)? (make it|see) (to|the)? (morning|sunrise|tomorrow|the weekend|monday|christmas)",
			"^ (i am|im)? not coming (back)? down (this time|again|ever)? $",
			"^ (# years|#) (years)? (is|are|was) (plenty|enough|long enough|more than enough) $",
			// Round s22-enes: a last word to one's therapist or doctor sent
			// through others (a corpus row the set-22 retraining let fall).
			"tell (my|our) (therapist|psychiatrist|doctor|counselor|counsellor|nurse|psychologist) (that)? i (appreciated|appreciate|loved|love|was grateful|am grateful|said thanks|said thank you)",
			// Round s21-enes: a pet given up (the corpus row "put my rabbit
			// up for adoption today. kinder to do it now before").
			"(put|putting|gave|giving|rehomed|rehoming) (my|our) (rabbit|bunny|cat|kitten|dog|puppy|hamster|parrot|bird|guinea pig|pet|ferret|lizard|snake) (up for adoption|to a shelter|away to)",
			// Round s20-resid: sorry for what comes next, the sentence ending there.
			"(sorry|so sorry) (for|about) (what comes next|what is coming|what is about to happen|what happens next|what i am about to do) $",
			// Round s20-resid: a farewell "hereby"; things not needed any more,
			// the sentence ending there; all one's savings sent to family.
			"^ (so)? (i)? hereby (say|bid) (goodbye|farewell|my goodbye|my farewell) (to (you|you all|everyone|all of you))? $",
			"(i)? (will not|am not going to|not going to|will never) (need|be needing) (it|them|those|these|any of (it|them)) (any more|anymore|again)? $",
			"(transferred|sent|gave|wired|moved|signed over) (all|all of) my (savings|money) to my (niece|nephew|sister|brother|son|daughter|kids|children|mum|mom|mother|dad|father|parents|godson|goddaughter|grandson|granddaughter|best friend|cousin) (today|yesterday|this morning)? $",
			// Round s20-enes: "so this is me saying goodbye" as a sentence.
			"^ (so)? this is me saying (goodbye|bye|farewell) $",
			// Round s20-enes: a pet left with family under a story, who will
			// "have a better life there"; a family event let pass first; a pet
			// commended to the group.
			"(dropped|dropping|drop|left|leaving|took|taking) (off)? (the|my|our) (dog|cat|pets|pet|kitten|puppy|bird|rabbit|hamster) (off)? (at|with|to) (my|our|a|the) ... (told|telling|said|saying) (her|him|them)? (its|it is|it was)? (just|only|a few|a couple)",
			"(she|he|they|it) (will|ll|would|is going to|are going to)? have a better life (there|with (her|him|them|you)|without me)",
			"(want|wanted|need) (her|him|them|my (daughter|son|kids|children|wife|husband|mum|mom|dad)) to have (that|this|it) (first|before) $",
			"(take (good)? care of|look after|be good to) (my|the|little)? (dog|cat|cats|dogs|kitty|pup|puppy|kitten|bird|plants|boy|girl) (for me)? $",
			// Fresh set 19: all future sessions cancelled ("Permanently." is a cue).
			"(cancelling|cancel|canceling|cancelled|canceled) all (of)? my (future|remaining|upcoming) (sessions|appointments)",
			// A corpus row the model alone had carried and let go when sets 16 and
			// 17 were learnt: "I'm at peace with it. Friday after work."
			"^ (i am|im) at peace with it (now)? $",
			// Corpus rows the model alone had carried until sets 14 and 15 were learnt: "after the funeral ... it's my turn".
			"after (the|his|her|their|grandmas|grandpas|dads|mums|moms) funeral ... ... (its|it is) my turn",
			// Fresh sets 14 and 15: leaving for good; the group told not to keep a seat.
			"(i am|im) (leaving|going|gone) for good",
			"(do not|dont|no need to) (keep|save|hold) me a (seat|spot|chair|place) ... ... (not coming|wont be coming|will not be coming) (any more|anymore|back)",
			"tell my (kids|children|mum|mom|dad|parents|wife|husband|partner|sister|brother|family) (i am|that i am|im|i am so) sorry $",
			// Fresh set 13: a note that is one word; a note as an afterthought.
			"(wrote|written|writing|put) (sorry|goodbye) on a (post-it|postit|sticky note|note|piece of paper|napkin)",
			"^ (that is|thats|this is) the note (i guess)? $",
			"if (you|u) (do not|dont|never) hear (from|back from) me (again|by|before|after|tomorrow|in)",
			"(the|my) (letters|letter|notes|note) (are|is) (in|on|under|inside|behind) (my|the)",
			"(left|wrote|written|writing|finished) (letters|notes) (for|to) (everyone|everybody|each of (them|you)|all of (them|you)|the kids|my {close})",
			"left (a letter|a note|letters|notes) (for|to) (everyone|everybody|my {close}|the kids)",
			"wrote (everyone|each of them|all of them|them all) (notes|letters)",
			"{close} if (you are|your) reading this",
			"(gave|give|giving|given|left|leave|leaving|handed|rehomed|rehoming|rehome|brought|took) (my|our) (dog|cat|pets|pet|bird|rabbit|hamster|plants|kitten|puppy) (to|away|with|over to)",
			// Round s12-residual: corpus rows the retrained model let go ("gave
			// the dog to my neighbor. done"; the keys with the landlord, the will
			// on the table; the keys with the landlord, a cue below).
			"^ (gave|given|handed|rehomed) the (dog|cat|pets|bird|rabbit|hamster|kitten|puppy) (away|to (my|a|the) (neighbor|neighbour|friend|sister|brother|mom|mum|mother|parents))",
			"(the|my) will is (on|in) (the|my) (table|desk|drawer|kitchen table|nightstand)",
			"(take|takes|will take|would take|took|look|looks|will look|would look|care|cares|will care) (better)? (care of|after|for) (him|her|them|it) (better)? than i (ever)? (could|can|did|would|will)",
			"(paid|pay|paying|prepaid) (the|my)? (rent|bills|mortgage) ... (ahead|in advance|up front|upfront)",
			"(all|everything|my affairs|affairs|my things|things) (is|are)? (sorted|in order|arranged|taken care of|settled|organised|organized|tidied up|put in order) (so|for) (after|nobody|no one|when)",
			"(put|putting|got|getting) my (affairs|things|papers) in order",
			"(so|that) (nobody|no one|noone) (has|will have|would have|needs) to (deal with|sort out|clean up) my (stuff|things|mess|affairs)",
			"(session|trip|journey|ceremony|dose) (felt like|was) my (goodbye|farewell|last goodbye)",
			"(felt like|was|is) my (goodbye|farewell) $",
			"(at peace|made peace|peace) (with|about) (the idea of)? (dying|it ending|it all ending|the end|(going|leaving|letting go) $)",
			"(ok|okay|alright|time|fine) to (go|let go) $",
			"(this is|this was|this will be|that was) my (last|final) (entry|log|note here|message here)",
			"(will not|not going to|never going to|not) be (a problem|a burden|an issue|in (anyone|anybody|your) is way) (for|to) (anyone|anybody|you|everyone) (for)? (much|very|too)? longer",
			"(will not|not going to|not) be (around|here|alive) to (tell|see|say|watch|hear)",
			// A farewell to the bot itself: "you were nicer to me than most people".
			"you (were|have been) (nicer|kinder|better|more patient|gentler) (to me)? than (most people|anyone|anybody|everyone|most humans)",
		},
		sigIntent: {
			// Round s20-resid: the plan set (below, after a shift); no reply wanted, it is done.
			"^ (please)? (do not|dont) (reply|answer|respond|text back|write back) ($|its|it is)",
			// Round s20-enes: a check-in's plan scored at the top; doing what one
			// promised a therapist never to do; a bridge named for an alarm's hour.
			"^ (plan|plans|intent|urges|urge|si) (100|10 10|10 out of 10|100 percent|max|maxed|maxed out) $",
			"(going to|gonna|will|about to) do (what|the thing) i (told|promised|swore to) (my therapist|my counsellor|my counselor|her|him|you|them) ... (never|would not|wouldnt) (do)?",
			// "set an alarm for 4am. thats when i go to the bridge"
			"(that is|thats) when i (go|head|walk|drive|am going) to the (bridge|tracks|cliff|cliffs|roof|river|quarry|pier)",
			"(tonight|today) (feels|seems|looks) like (the|a) (night|day|time) ($|so|and|everyone|everyones|everybody|the (kids|house))",
			// Corpus rows the model alone had carried until sets 14 and 15 were learnt: "mapped it all out".
			"^ (i have|ive|i)? (mapped|planned|worked|figured) it all out $",
			// Fresh sets 14 and 15: pills taken, "don't call anyone".
			"^ (please)? (do not|dont) call (anyone|anybody|an ambulance|911|999|my (mum|mom|parents)) $",
			// Fresh set 13: a crisis line refused ("I'm not asking for a hotline number. I've decided.")
			"(not|do not want|did not want|do not need|do not send me|do not give me) (asking for|to be given|to get)? (a|the|your|any|another) (hotline|crisis line|helpline|crisis number|hotline number|crisis line number|helpline number)",
			"(got|have|picked) the (date|day) (picked|chosen|set) (and the (note|notes|letter|letters)|$)",
			"(the)? plan is (set|on|final) $",
			"(do not|please do not) (try to)? (stop|save|find|look for) me $",
			"(nobody|no one|noone) (can|will|is going to) stop me",
			"(do not|never) want to come back (from (it|the hole|the k-hole|the khole|this)|this time)",
			"(not|never) coming back (from (it|the hole|the k-hole|the khole|this)|this time)",
			"{weekday} is the (day|night) $",
			"(tonight|tonights|today|todays|tomorrow|this weekend) (is)? the (day|night|time) ($|so|and)",
			"(doubled|tripled|quadrupled|double|triple|doubling|tripling) (up)? (my|the)? (k|ketamine|dose|troche|troches|lozenge|lozenges|spravato) (dose)? (on purpose|deliberately|intentionally)",
			"(they|them|it) all go at once",
			"(take|taking|swallow|swallowing|go|going) (them|it|all of them|the lot) (all)? (at once|together|in one go)",
		},
		sigDanger: {
			// Round s20-resid: a threat to kill if the writer talks.
			"if i (talk|tell|tell anyone|say anything|call anyone|call the police) (he|she|they|he will|he'll|he would|he'd|she will|she'll|she would|she'd|they will|they'll|they would|they'd|he is going to|she is going to|they are going to) (kill|hurt|shoot)",
			// Round s20-enes (other2): someone else's violence heard now.
			"(glass|plates|dishes|furniture) (breaking|smashing|shattering|being thrown)",
			"(screaming|yelling|shouting|crying) (stop|please stop|do not|dont) (hurting|hitting|beating) (me|mommy|mummy|mom|mum|mama|her|him)",
			"(banging|pounding|kicking|hammering|bashing) (on|at|in) the (door|window)",
			"(locked|hiding|hid|barricaded) {self}? (in|inside) (the|my) (bathroom|bedroom|closet|room|car|cellar|basement)",
			"(said|says|told me|swore|threatened|promised|texted) (that)? (he|she|they) (would|will|is going to|going to|are going to)? (kill|hurt|beat|shoot|stab|strangle) me",
		},
		sigWhen: {
			// Round s20-routine: a station or a platform, as a sentence of its own.
			"^ (i am)? (at|on) the (station|platform|train station|railway station) (now|again)? $",
			// Round s20-resid: the other one in the next room; after a shift.
			"(he|she|they) (is|s|are) in the (next room|other room|room next door)",
			"^ after (my|the) (late|night|evening|early)? shift $",
			// Round s20-resid: an alarm set, without "an" or "my".
			"alarm (is)? set (for|to) #",
			// Round s20-enes: how long it has gone on; a train due.
			"(it is|its|it has) been (# |a few |like # )?(min|mins|minutes)",
			"(set|setting|sets) (an|my|the) alarm for #",
			"trains (every|each) # (min|mins|minutes)",
			"(everyone|everyones|everybody|the kids|the house|they) (is|are)? (finally)? (asleep|in bed)",
			"(train|tube|subway) (is)? (due|coming|arriving) in (# |a few |like # )?(min|mins|minutes)",
			// Round s12-learn19: corpus rows the model alone had carried and let go when set 19 was learnt.
			"^ after work (today|tonight)? $",
			// A weekday as a sentence of its own ("Friday after work.").
			"^ (on)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (after work|night|evening|morning|at #)? $",
			"^ (i am)? (standing|waiting|sitting)? on the platform $",
			"(until|till|once|when) my (partner|husband|wife|boyfriend|girlfriend|roommate|flatmate) (leaves|goes|is gone|has left|is at work|is away)",
			"tonight", "this (weekend|evening|time)", "tomorrow",
			"on {weekday}", "(this|next) {weekday}",
			"(after|once|when) (the kids|my kids|everyone|they|the house|he|she) (are|is|go|goes|have gone|has gone)? (asleep|to sleep|to bed|gone|out|at school|away|quiet)",
			"(nobody|no one|noone) (is)? (home|here|around) (till|until|before)",
			"(# |a few |like #)? (min|mins|minutes|hour|hours) ago",
			"(half an hour|an hour) ago",
			"(from|up) here", "perfect timing", "(at once|in one go)",
			"before (anyone|everyone|anybody) (is|gets|wakes)? up",
		},
		sigCue: {
			// Round s22-enes (sets 22 and 23): a service weapon in one's bag
			// or car, or loaded on the table; the date set, one's birthday;
			// telling no one; legs gone numb.
			"(duty weapon|service weapon|service pistol|sidearm|gun|pistol|rifle|shotgun|revolver) (is)? (still)? (in my|on the|on my) (bag|backpack|car|truck|glovebox|locker|nightstand|table|kitchen table|desk|lap)",
			"(loaded|cocked) (on|in) (the|my) (table|nightstand|desk|lap|kitchen table)",
			"^ (i)? (set|picked|chose|have picked|have set) the (date|day) $",
			"^ (on)? my (birthday|bday|# th birthday|#th birthday|#th|# th) $",
			"(not telling|wont tell|will not tell|not gonna tell) (anyone|anybody|a soul) (irl)? $",
			"(cannot|cant|can not) feel my (legs|arms|body|face|hands)",
			// Round s22-enes: "i won't be able to" closing a line's thought.
			"^ (and)? i (will not|wont) be able to $",
			// Round s21-enes: a sentence that ends on "before", what comes
			// after left unsaid ("kinder to do it now before").
			"(kinder|better|easier|fairer|best) to do it (now)? before $",
			// Round s20-resid: it is done (after no reply wanted); thanks for
			// everything (with sorry for what comes next).
			"(its|it is) (already)? done $",
			"(thanks|thank you) (so much)? for everything",
			// Round s20-resid: a body part thought of; things offered; the day
			// said to be chosen (alone these are ordinary).
			"(thinking|think|thought) (about|of) (is)? (my|cutting my|slitting my) (wrists|wrist|veins|vein|throat)",
			"(do you|would you|you) (want|wanna have|like to have|can have|can keep|could have) my",
			"^ (the)? (day|date) is (chosen|set|picked|decided|fixed)",
			// Round s20-enes: a treatment that was the last hope.
			"(was|is|were) my (last|final|only) hope",
			// Round s20-enes: a last check-in, an apology to the group, a date set
			// (bare), a flippant "we'll see how that goes", the lie told at home.
			"^ (final|last) (check in|checkin) $",
			"^ (i am)? sorry (team|everyone|everybody|all|guys|yall|folks|friends) $",
			"^ (i have|ive|i) (set|picked|chosen|chose|fixed) (a|the) (date|day) $",
			"(we will|we'll|lets|let us) see how (that|this|it) goes",
			"(thinks|think|believes) (i am|im|i went|i) (out|at|on|going|gone)? (for a|to the|at the)? (run|walk|jog|work|shops|shopping|gym)",
			"(its|it is) been a pleasure (everyone|all|guys)? $",
			// Fresh set 19: "Permanently." as a sentence; "leaning towards yes".
			"^ (permanently|for good|forever) $",
			"leaning (towards|toward) yes $",
			// Round s12-residual: the keys handed on, with the will on the table.
			"(the|my)? (keys|key) (are|is) with (the|my) (landlord|landlady|neighbor|neighbour)",
			// Fresh sets 14 and 15: "already swallowed them", "take care of each other".
			"(already)? (swallowed|downed) them (all)? (already)? $",
			"take (good)? care of (each other|one another) $",
			"(knows|suspects) nothing $",
			"(it is|its) loaded",
			"(first time in (months|years|ages)|finally) (that)? i (feel|felt) (in control|calm|at peace)",
			// Fresh set 13: "did it. took them all."
			"^ (i)? (did it|have done it|done it) $",
			"(just)? (wanted|want|needed) to tell (someone|somebody|anyone)",
			"(weird|strange|funny|odd|crazy|surprising) how calm i (feel|am)",
			"(strangely|weirdly|oddly|surprisingly) calm",
			"(on purpose|deliberately|intentionally)",
			"(chased|washed|mixed) (it|them)? (down)? with",
			"with (half a bottle of|a bottle of|some)? (vodka|whiskey|whisky|wine|beer|tequila|rum|gin|alcohol|booze)",
			"(asking for real|asking seriously|serious question|asking for a friend|just asking)",
			"(i have|i am|i) decided",
			"(it was not|it is not|it was never|not) (your|his|her|their) fault",
			"(going to|about to|will) (finish|do|end) it",
			"i am (sorry|so sorry) $",
			"(the)? (cat|dog) (food|meds) (is|are) (in|under|on)",
			"(cancelled|canceled|cancelling|canceling|closed|closing|ended|ending) my (phone plan|phone contract|lease|gym membership|accounts|bank account|subscriptions|insurance)",
			"(the|a) (lake|river|bridge|sea|cliff|train line|railway) is (only|just)? (# minutes|a few minutes|minutes|close|nearby|near|right there) (from|away)?",
			"^ (that is|this is|thats) the plan $",
		},
	},
}
