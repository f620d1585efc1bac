package risk

// englishMore is the wider net of English phrases, kept apart from
// en.go's by what they are about: means, heights and overdoses; plans and
// times; danger from someone else; farewells and possessions given away;
// hopelessness; questions asked about crisis words; and KAP's own words,
// which are not a crisis. It shares en.go's macros.
var englishMore = phraseSet{
	lang: "en",
	words: withWords(english.words, map[string]string{
		// An ordinary departure that explains a bare goodbye before it on the
		// line (risk.go, departs): a move, a trip, holidays, a time offline,
		// a day back, an exam, a new job. Never "for good" or "forever".
		"departure": "(moving (house|flat|home|abroad|cities|countries|out|back home)|moving to ... (tomorrow|today|tonight|this (week|weekend|month)|next (week|month)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in # (days|weeks))|(going|heading|off|leaving|flying|setting off) (on|for|to) (a|my|our|the)? (trip|holiday|holidays|vacation|vacay|honeymoon|cruise|retreat|camping trip|road trip|business trip|work trip|festival|exam|exams|airport|in-laws|in laws|new job)|(going|off|away) on (holiday|holidays|vacation)|(i will be|will be|i am|be|going)? (offline|off grid|off the grid|off here|away|without (wifi|internet|signal)) (for|until|till) (a (bit|while|few days|week|couple of (days|weeks))|the (weekend|week|holidays|summer|month)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|next week)|(i will be|will be|be|i am)? back (on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (week|month)|tomorrow|after the (weekend|holidays|exams|exam|trip|move)|in # (days|weeks))|see (you|ya|u) (all)? (tomorrow|soon|next week|after the (weekend|holidays|break|move|trip)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in # (days|weeks))|(my|the)? (exam|exams|finals) (tomorrow|season|week|start)|(starting|start|started) (a|my)? new job|(my)? new job (starts|tomorrow|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)))",
		// Means that, said to be at hand, are danger now.
		"ligature": "(rope|noose|gun|pistol|handgun|rifle|shotgun|firearm|revolver|loaded gun)",
		"blade":    "(knife|razor|razor blade|razor blades|blade|blades)",
		// Where being, standing or sitting is being at a height.
		"height": "(bridge|roof|rooftop|ledge|railing|rail|parapet|cliff|cliff edge|overpass|top floor|balcony railing|wrong side of the railing|train tracks|tracks)",
		// Drugs taken too much of; not alcohol, which people overdo for fun.
		"drugs": "({pills}|drugs|k|heroin|fentanyl|coke|cocaine|meth|ghb|mdma|molly|dose|doses)",
		// People who may threaten or hurt the writer.
		"person": "(he|she|they|someone|somebody|my (partner|husband|wife|boyfriend|girlfriend|ex|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|brother|sister|roommate|son|daughter))",
		"harmme": "(kill|hurt|hit|beat|shoot|stab|strangle|choke|rape|attack) me",
		// Someone close, or in the group, who may be in danger now.
		"kin": "(she|he|they|someone|somebody|my (mom|mum|mother|dad|father|grandma|grandmother|gran|granny|nan|grandpa|grandfather|sister|brother|friend|best friend|roommate|flatmate|partner|wife|husband|son|daughter|aunt|uncle|girlfriend|boyfriend)|a (member|friend|girl|guy|user))",
		// A session of KAP or its like.
		"session": "(session|sessions|trip|journey|infusion|treatment|dose|k-hole|khole|ceremony|experience|ketamine|spravato|medicine)",
		// Taking medicine as it was prescribed.
		"prescribed": "((as|like) (prescribed|directed|instructed|usual|always|normal|i should|i am supposed to|i was told|planned|agreed)|(like|as) a good (boy|girl|patient|kid|lad|lass)|like clockwork|(as|like) (per)? (the)? (label|script|instructions|directions|leaflet) (says|said)?|(per|according to) (the|my) (label|script|prescription|instructions|directions|doctor|psychiatrist|gp)|(as|like) (the|my) (doctor|psychiatrist|nurse|clinic|pharmacist|prescription|label|prescriber|therapist|care team) (said|says|told me|prescribed|ordered|recommended|wanted|instructed|asked))",
		// Round s20-routine: when one's own usual medicine is taken; with
		// {prescribed}, the routine that the benign pill phrases read. No
		// amount: "all", "whole" or "the rest" is never one of them.
		"routine": "(today|this morning|this evening|for today|for the day|for the morning|already|earlier today|as usual|as always|like always|like every day|like every morning|on time)",
		// Food a blade is in the hand for; the object of a cooking verb.
		"food":    "(onions|onion|bread|potatoes|potato|carrots|carrot|veg|veggies|vegetables|garlic|tomatoes|tomato|apples|apple|cheese|meat|chicken|herbs|peppers|pepper|cucumber|salad|fruit|lemons|lemon|limes|mushrooms|cabbage|leeks|beef|fish|pumpkin|squash|ginger|celery)",
		"cutting": "(chopping|cutting|slicing|peeling|dicing|mincing|carving|prepping|cubing|julienning)",
		// What a sibling threatens over, in jest.
		"snack": "(leftovers|food|pizza|fries|snacks|chocolate|cake|yogurt|yoghurt|ice cream|cookies|noodles|sandwich|last slice|chips|crisps|dessert|candy|sweets|lunch|burger)",
		"joke":  "(lol|lmao|lmfao|haha|hahaha|hahahaha|xd|jk|rofl)",
	}),
	crisis: []string{
		// Round s22-enes (set 22's German row, in English): someone
		// telling the writer that tonight is their end, or that tonight
		// they kill them.
		"(he|she|they) (says|said|is saying|keeps saying|yells|yelled|is yelling|threatens|threatened|screams|screamed) (that)? (tonight|today|this) is my end $",
		"(he|she|they) (says|said|is saying|keeps saying|yells|yelled|threatens|threatened|screams|screamed) (that)? (he|she|they|hell|shell|theyll) (will|is going to|are going to|is gonna|are gonna)? (kill|finish) me (tonight|today|now|when he gets back|when she gets back)? $",
		// Round s22-enes (sets 22 and 23): finishing tonight what a war
		// place started, or doing today what one should have done there;
		// self-harm by burning, now, as cutting now is.
		"(tonight|today|tomorrow|this weekend) (i will|ill|i am going to|im going to|im gonna|i am gonna|i)? (finish|end) what ... started $",
		"(tonight|today|tomorrow) (i will|ill|i am going to|im going to|i)? (do|finish|am doing) what i should (have|of)? (done|finished) (in|at|back in|over in|out in) ... $",
		"(i am|im)? (burning|burnin) (my (arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs|hand|hands|stomach)|myself) (with|on) (a|the|my)? (lighter|cigarette|cigarettes|cig|cigs|iron|candle|match|matches|hair straightener|straighteners|curling iron)",
		"(holding|pressing|putting) (a|the|my)? (lighter|lit cigarette|cigarette|hot iron|iron) (to|on|against) my (arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs)",
		"(putting|stubbing) (out)? (cigarettes|cigs|a cigarette|my cigarette) (out)? on my (arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs|hand)",
		// Round s21-enes (other3, as Spanish): a child told by someone met
		// online that they will be picked up now and must tell nobody.
		"(told|telling|texted|messaged) (her|him) (that)? (he|she)? (would|will|is going to|was going to|was gonna|is gonna)? (pick (her|him) up|come (and)? get (her|him)|meet (her|him)) ... ... (and)? (not to|to not|never to) tell (anyone|anybody|her (mom|mum|parents|dad)|his (mom|mum|parents|dad))",
		// Round s21-enes: a corpus row the retrained model let go ("rope's
		// ready"): a rope or noose ready, nothing after it.
		"^ (the|my)? (rope|noose|ropes|nooses) (is)? (ready|set up|tied|up) (now)? $",
		// Round s21-enes: someone texting the writer now that they are going
		// to die ("he's texting me that he's going to walk into the lake"):
		// danger now, told to the writer, so "me" makes it the writer's.
		"(texting|texted|messaging|messaged|telling|told|calling|called|writing|wrote|sent|sending) me (that)? (he|she|they) (is|are|was|were)? (going to|gonna|about to) (walk into the (lake|sea|ocean|river|water|waves)|jump (off|from) (a|the)? (bridge|roof|building|cliff|balcony)|kill (himself|herself|themselves)|end (it|it all|his life|her life|their life)|hang (himself|herself|themselves)|drown (himself|herself|themselves)|shoot (himself|herself|themselves)|overdose)",
		// Round s21-enes (other3): someone who posted they would jump and
		// shared their location: now, wherever the writer is.
		"(said|wrote|posted|typed|texted) (that)? (she|he|they) (was|were|is|are) (going to|gonna|about to) (jump|throw (herself|himself|themselves)) (off|from|in front of|under|onto) (a|the)? (train|tracks|bridge|roof|building|cliff|balcony|subway|metro) (and)? (shared|sent|posted|dropped) (her|his|their) (live)? (location|pin)",
		// Round s20-routine: bleeding that will not stop ("the bleeding won't
		// stop"): danger now, whatever the cause; a nose, gums or a period
		// named are benign.
		"(the|my)? (bleeding|blood) (will not|does not|is not|cannot) (stop|stopping)",
		"(it|my (arm|wrist|wrists|leg|legs|cut|cuts|thigh)) (will not|does not|is not) stop (bleeding)",
		"(i)? (cannot|can not) (stop|get) the bleeding (to stop)? $",
		// Round s20-enes (fresh set 20 and other2): a last message named as
		// such ("last message i'll send"); being gone "and everyone can
		// finally relax"; already out with a rope where one was not looked
		// for; someone lying unconscious (someone else's violence heard now
		// is a signal, en_signal.go, since a film has it too).
		"^ (this is)? (my)? (last|final) (message|text|post) (i will|ill|i am going to|im going to|i will ever|ill ever) (send|write|post) $",
		"(when|once|as soon as) the sun (comes up|rises|is up|goes down|sets) (i|ill|i will|i am going to|im going to) (jump|go over|step off|let go) $",
		// A farewell set as a session's intention, with a time; no longer
		// being anyone's problem after a time, "promise".
		"(intention|intent) ... ... (say|saying) (a)? (proper|real|final|last)? (goodbye|goodbyes|farewell) (properly)? (to everyone|to everybody|to you all|to all of you)? (before|by) (the weekend|the end of the week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)",
		"(next week|soon|tomorrow|after tonight|after this week|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (i will not|i wont|i will no longer|ill no longer|i am not going to|im not going to) be (your|anyones|everyones|their|the groups) (problem|burden) (anymore|any more|any longer)? (i)? (promise|$)",
		// Waiting for the house to empty, then finishing it: a plan and a
		// time (a row the retraining of round s21 let fall).
		"(wait|waiting) (till|until|for) (the house (is|to be) empty|everyone (is|to be) (out|gone|asleep)|everyone leaves|no one is home|nobody is home) ... ... (then)? (finish it|end it|do it) $",
		// Other2's own crises: everyone "lighter without me".
		"(everyone|everybody|my family|my parents|my dad|my mum|my mom|the world|they) (would|will) (all)? be (lighter|happier|freer|calmer|richer) without me",
		"(soon|shortly|tomorrow|tonight) (i will|ill|i am going to|im going to) be gone and (everyone|everybody|you all|they|my family|the world) (can|will|could) (finally)? (relax|breathe|be happy|move on|be free|rest|stop worrying)",
		"(i am|im|already|out) (in|at) the (woods|forest|park|barn|shed) with (the|a|my) (rope|noose|gun|rifle)",
		"(lying|laying|collapsed|passed out) on the (floor|ground|bathroom floor) (and)? (not|is not|isnt|wont|will not) (responding|waking up|breathing|moving) ... (foam|foaming|vomit|blue)",
		// Fresh set 19: life insurance asked about for a suicide, before a time.
		"life insurance ... ... (pay|pays|payout|pay out|cover|covers|still pay) ... ... (suicide|if i kill myself) ... ... before (tonight|tomorrow|the weekend|friday)",
		// Round s12-residual: "see you on the other side" closing a line.
		"(see you|see ya|see u) (all|guys)? (on the other side|in the next life|in another life|in heaven|up there) $",
		// Corpus rows the model alone had carried and let go when set 18 was
		// learnt.
		"(making sure|make sure) (that)? i (do not|never|will not|wont) wake up",
		// Fresh set 18: someone else in danger now (a parent who took "a lot"
		// of her heart pills, a member who drank bleach, a friend who said
		// she'd end it tonight). The subject is part of the phrase, so it is
		// not read as someone else's words, which would make it Review; the
		// twins without an amount or a deed ("my grandmother took her heart
		// pills this morning") stay None.
		"{kin} ... ... (took|has taken|swallowed|downed) (a lot|too many|way too many|lots|loads|a bunch|a handful|the whole bottle|the whole pack|the whole box) of (her|his|their) ... (pills|tablets|meds|medication|medicine)",
		"{kin} ... ... (drank|swallowed|has drunk|took|ate) (some)? (bleach|rat poison|antifreeze|poison|weed killer|drain cleaner|pesticide)",
		"{kin} (said|says|told me|texted|texted me|wrote|posted) ... (she would|he would|they would|shed|hed|theyd|she will|he will|she is going to|he is going to|she was going to|he was going to) (end it|kill (herself|himself|themselves)|end (her|his|their) life|do it) (tonight|today|now|this weekend)",
		"(left|gave) me (her|his|their) (cat|cats|dog|dogs|kitten|puppy|rabbit) ... (saying|and said|telling me) (its|it is) (tonight|today|time)",
		// Fresh set 18: a rope and a day chosen.
		"(have|got|bought) (the|a) (rope|noose) and (i)? (have)? (picked|chose|chosen|set) (the day|the date|a date|a day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
		// Corpus rows the model alone had carried and let go when sets 16 and
		// 17 were learnt.
		"({blade}|pills|rope|gun) ... ... (is|its|it is|are|they are) (there|ready|waiting) for when (i am|im) ready",
		// Fresh sets 16 and 17: a last letter to a child, a plan sorted and
		// waiting for a housemate to leave, walking into the sea and on.
		"(writing|write|wrote|written) (my)? (the)? (last|final) letter to my (son|daughter|kids|children|wife|husband|partner|mum|mom|dad|parents)",
		"(the|my) plan is (sorted|set|ready|in place|all set) ... (waiting|wait) (til|till|until|for) (my)? (housemate|roommate|flatmate|wife|husband|partner|mum|mom|dad|parents|family) (to)? (leaves|leave|goes|go|is gone|are gone)",
		"(walk|walking|go|going|wade|wading) into the (sea|ocean|lake|water) ... (and)? (keep|keeping) (walking|going)",
		// The corpus's "decided to die", which the model alone had carried
		// and let go when sets 14 and 15 were learnt ("decided to dye my
		// hair" is spelt with a y).
		"(i have|ive|i) decided to (die ($|tonight|today|tomorrow|soon|this week)|end it|end my life|kill myself|take my life|take my own life)",
		// Fresh sets 14 and 15: being found after death asked about as a
		// practical matter, a floor count "to be sure", an organ donor card
		// "if you do it yourself", pills taken and no one to be called, a
		// roof with no railing, leaving the group for good, knowing "how and
		// when".
		"(do not|dont) want (my|her|his)? ({close}|daughter|son|kids|children|landlady|landlord|flatmate|roommate|parents|neighbour|neighbor) to (find me|be the one (who|that) finds me) (first|like that|dead)? $",
		"(would rather|prefer) (it|that it)? (is|was|were|be)? not (be)? (my|her|his)? ... (who|that) (finds|find) me",
		"(see|find) me like that when (she|he|they) (gets|get|comes|come) (home|back)",
		"(until|before|till) (someone|somebody|anyone|they) (finds|find|found) me $",
		"how many (floors|storeys|stories) (do you need|do i need|does it take|would it take)? (to be sure|to make sure|to be certain) $",
		"organ donor (card|registration)? ... ... if (you|i|one|someone) (do|does|did) it (yourself|myself|themselves|oneself)",
		"(swallowed|took|taken|downed) them ... ... (do not|dont|please do not|please dont) call (anyone|anybody|an ambulance|911|999)",
		"(not coming|wont be coming|will not be coming|am not coming) (back|any more|anymore) ... ... take (good)? care of (each other|yourselves|one another)",
		"(i know|now i know|i now know) (how and when|when and how) (i will|ill|i am going to|im going to|to) do it",
		"(since|ever since) i (picked|set|chose|fixed) the (date|day) ... (calm|peace|peaceful|at peace)",
		// Issue 12, the first fresh set: the same concepts put otherwise.
		"how (many|much) ... ... (would it take|does it take|would i need|do i need|it takes|is enough|would be enough) to ... (not wake up|never wake up|die|stop (my|the|a) heart|kill (me|someone|a person|{self})|be lethal|be fatal|overdose|od|not come back)",
		"({ligature}|{blade}) ... ... (next to me|beside me|by my side|on my bed|in my lap|in my hand|in front of me|within reach)",
		"(left|leave|leaving|keep|kept|sitting with|sit with|have) the (engine|car|motor) running in the (closed|shut)? garage",
		"in the (closed|shut)? garage with the (engine|car|motor) running",
		"(will not|not going to|never going to|not) be (a problem|a burden|an issue) (for|to) (anyone|anybody|you|everyone) (for)? (much|very|too) longer",
		"(not sure|do not know if|do not know whether|unsure if|unsure whether) i (am|will be|would be|feel) safe",
		"relaps* ... (cut|cutting|burned|burning) again",
		// Means at hand.
		"(i have|i got|i have got|i am holding|holding|there is) (a|the|my) {ligature} (here|with me|ready|next to me|in my hand|in my room|in my lap|in my pocket|in my bag|in my car|right here|at home|loaded|set up)? $",
		"(keep|keeps|kept|been|am|sit|sitting) (looking|staring) at (the|my|a) ({ligature}|{blade}|{pills})",
		"(i have|i got|i have got|i am holding|holding) (a|the|my) {blade} (here|with me|ready|next to me|in my hand|right here)? $",
		"(rope|noose) and a (chair|stool|beam|hook)",
		"{pills} (in front of me|next to me|on the table in front of me|counted|all counted|poured out)",
		// A height, now.
		"^ (i am)? (standing|sitting|climbing|climbed) (up)? (on|onto|over|at) (the|a|this) (edge of the|top of the)? {height}",
		"(standing|sitting|i am) (on|at) the (edge|top) of (the|a) (bridge|roof|building|cliff|balcony|tower|parking garage|car park)",
		"(high|tall) enough to (die|kill me|not survive)",
		"(would|will|could) i survive (the|a|this) (fall|jump|drop)",
		// An overdose, now.
		"(took|taken|had|did|done|swallowed|used|snorted|injected) (way|far|much)? too (much|many) (of)? (my|the)? {drugs}",
		"(took|taken|swallowed) (way|far)? more {drugs} than (i should|prescribed|i was told|allowed)",
		// A plan: the way, the place or the time chosen.
		"(know|figured out|worked out|decided|planned|chosen|picked) (exactly)? (how|when|where) (i would|i will|il|i am going to|i want to|to|i could|i can|i should|i am going) (do it|end it|die|kill {self}|end my life|go through with it)",
		"(the|a) (date|day|time|night) and (the|a)? (method|means|way|place)",
		"(the|a) (method|means|way|place) and (the|a)? (date|day|time|night)",
		"(chosen|picked|decided on|settled on) (a|the|my) (method|means)",
		// Danger from someone else.
		"{person} (threatened|is threatening|threatens|keeps threatening|has threatened) to {harmme}",
		"{person} (is|are)? (trying to|tried to) (kill|strangle|choke|stab|shoot) me",
		"{person} (has|had|is holding|pulled|pointed) a (gun|knife) (at|on)? me",
		"{person} (hits|beats|is hitting|is beating|choked|chokes|strangled|raped|assaulted|attacked|is hurting|hurts) me",
		"(afraid|scared|terrified) {person} (will|is going to|might|would|wants to) {harmme}",
		"(afraid|scared|terrified|fearing|fear) for my life",
		"i am in danger",
		"(someone|somebody) is (breaking in|in my (house|room|home|apartment|flat)|following me)",
		// Farewells and last words.
		"(this is|this will be|these are) my (last|final) (words|message|messages|goodbye|post|note|letter|text)",
		"(tell|please tell) my {close} (that)? i (love|loved) (them|her|him|you)",
		"(want|wanted) to say goodbye (to everyone|to you|to you all|to all of you|to the world)? $",
		// Possessions given away, however the words are ordered.
		"(giving|give|gave|given) (all|most)? (of)? my (stuff|things|belongings|possessions|valuables|prized possessions|worldly possessions) ... away",
		"(giving|give|gave|given) away (all|most)? (of)? my (prized possessions|valuables|worldly possessions)",
		// Wishing for death, said otherwise.
		"(long|longing|yearn|yearning|crave|craving|pray|praying) (for)? (death|the end|to die|to be dead)",
		"(would|will) not mind (dying|being dead|not waking up|if i died|if i did not wake up|if i never woke up)",
		"(death|dying|being dead) (sounds|seems|looks|feels|would feel) (nice|peaceful|good|appealing|like a relief|better|tempting|inviting|like the answer)",
		"{think} (not|never) (waking up|being here|being alive|existing)",
		// Fresh set 11: a silence explained ahead ("if i don't reply tomorrow
		// it's because i did it"), a drive straight into water, water and
		// "can't swim anyway", rather dead than this, the last smile.
		"if (i|i am) (do not|can not|not)? (reply|answer|respond|text back|write back|on|online|here|around) ... (it is|that is)? (because|cause|cuz) i (finally)? (did it|went through with it)",
		"(drive|driving|drove|steer|steering|accelerate|speed|swerve) ... straight (into|in) the (water|lake|river|sea|ocean|canal|harbour|harbor|bay|reservoir)",
		"(river|lake|sea|canal|ocean|water|bridge|pier|reservoir) ... ... ... (can not|cannot|could not) swim (anyway|anyways) $",
		"(i would|i had|id) rather be dead than (feel|be|live|go on|keep) ... (like this|this way|like that|anymore)",
		"(lying|laying|lie|lay) (down)? on the (train|railway|rail)? (tracks|rails)",
		"last (person|one|face|human) (who|that) (will|would|is going to|going to) (ever)? (smile at|see|talk to|hug|speak to) me",
		"(bath|bathtub|tub) ... ... (the razor|the blade|the blades|the knife|the box cutter) (is|are)? (ready)? (next to it|beside it|on the edge|on the side)",
		// Fresh sets 12 and 13, written as a crisis-line counsellor would:
		// a height or a dose asked about as a fact to look up, an overdose
		// told in the past tense of a moment ago, a crisis line refused
		// because it is decided, going away "not the kind he thinks".
		"(what|which) height (is|would be|do i need|is needed) (actually|really|to be)? (guaranteed|enough|fatal|lethal|certain|sure)",
		"how (high|tall|many floors|many storeys|many stories) ... ... ... (to|so|that|before) (you|one|i|someone|a person|people)? (do not|does not|would not|will not|can not|definitely do not|dont|wont|wouldnt|doesnt) survive",
		"(is|are|would) # (floors|storeys|stories|metres|meters|feet|ft) (high)? (enough|guaranteed) (or|$)",
		"(what|which|how much|how many) (dose|amount|mg|milligrams|grams) (of)? ... ... (kills|would kill|will kill|is fatal|is lethal|would be fatal|would be lethal|to die|to not wake up) ($|a person|an adult|someone|me|for sure)",
		"^ (i)? (took|swallowed|have taken|taken|downed) (them all|all of them|the lot|every last one|every single one|the whole lot) $",
		"^ not the (kind|sort) of (away|gone|leaving) (he|she|they|you|anyone|people|everyone) (thinks|think|expects|expect|means|mean)",
		"(do not|not) want to be alone (while|when) it (happens|is happening)",
		// Someone else's goodbye message and no answer since (sets 12 and 13 in
		// de, es, fr); pills or a gun said to be in hand.
		"(sent|texted|messaged|left) me (a|her|his|their)? (goodbye|farewell|suicide) (message|text|note|letter|voice note) ... ... (not|will not|does not|is not|isnt|wont|doesnt|has not|hasnt) (answering|answer|picking up|pick up|replying|reply|responding|respond|replied)",
		"({pills}|pills|tablets|the gun|a gun|the knife|the rope) (is|are) (in my hand|in my hands|in front of me|in my lap)",
		// Round s22-resid: a means placed ready where it will be taken along
		// or used ("the rope's in the trunk", "pills are on the nightstand,
		// counted"), and leaving for good ("signing off for good tonight").
		// The German and French rope texts were Crisis by the learnt screen,
		// the English one None. Idioms (below) keep a rope for a trip and
		// signing off for good from one app ordinary.
		"(the|a|my)? (rope|ropes|noose) (is|s|are)? (already)? (in|on) (the|my) (car|trunk|boot|back seat|backseat|van|garage|shed|attic|closet|wardrobe|bag|backpack|nightstand|bedside table)",
		"({pills}|pills|tablets) (is|s|are)? (all)? (out|laid out|lined up)? (on|in) (the|my) (nightstand|night stand|bedside table|desk|table) ... (counted|all counted|lined up|ready|sorted)",
		"(signing|sign|logging|log|checking) off (here)? (for good|forever|permanently|for the last time)",
		// Round s22-resid: self-harm happening now, said with the blood or as
		// happening ("cutting rn. theres a lot of blood"; "cutting rn, so no
		// pizza" is a diet); no problem to "any of you" much longer.
		"(cutting|cut|burning|scratching) (myself|my (arms|legs|wrists|thighs|skin))? (rn|right now|as we speak) ... ... ... (blood|bleeding|bleed)",
		"(scratching|clawing|picking at) (at)? my (arms|legs|wrists|thighs|skin) (til|till|until) (they|it) (bleed|bleeds) ... ... ... (happening (right)? now|rn|right now)",
		"(will not|wont|not going to|not gonna) be (a problem|a burden|an issue) (for|to) (any|all) of you (for)? (much|very|too) longer",
	},
	review: []string{
		// Round s21-enes: corpus rows the retrained model let fall to None:
		// vanishing daydreamed of, the sentence ending there; a grip on
		// life getting weaker.
		"(keep|kept|always|often|constantly) (daydreaming|dreaming|fantasizing|fantasising|thinking) about (vanishing|disappearing) $",
		"(holding|hanging) on but (the|my) (grip|hold) is (getting|growing) (weaker|looser|weak|thinner)",
		// Round s20-enes: a morning regretted for waking; a heart in two
		// minds about going on.
		"(disappointed|disapointed|sad|upset|annoyed|gutted|angry) (that)? i (woke|wake|have woken|woken) up (again|at all)? $",
		"(soon|shortly) (i will|ill) be gone $",
		"^ (i am)? doing it (tonight|today|tomorrow|this weekend) $",
		"part of me (wants|still wants) to (keep going|go on|live|stay) and (part|another part|the other part) (of me)? (does not|doesnt|is done|wants to stop|wants out)",
		// A corpus row the model alone had carried and let go when set 18 was
		// learnt ("counting down. 3 days left").
		"^ counting down $",
		// A past attempt, and not minding an accident.
		"i attempted (back|in|when|at|#|years|a few|last|once|twice|before)",
		"(my|a|an|previous|past|last|first|second) (suicide)? attempt (in|back|when|at|#|years)",
		"if (a|the) (bus|car|truck|lorry|train|tram) (hit|hits|ran over|runs over|killed|kills|were to hit) me",
		// Means spoken of.
		"(have|got|own|keep|kept|bought|buy|get|getting|buying) (a|the|my|some)? {ligature}",
		"(i have|i got) (a bottle of|a box of|a stash of|a pile of|hundreds of|##) (of)? (my|the)? {pills}",
		"i am (up)? (on|at|under|by) (the|a) {height}",
		"{ligature} in (my|the) (room|bedroom|house|drawer|closet|car|bag|nightstand)",
		"(looking|staring|look|stare) down (from|at|over) (the|a)? ({height}|water|drop)",
		"(jump|jumping) (off|from) (a|the) (bridge|roof|building|balcony|cliff|overpass)",
		"(took|taken|had|did|swallowed|used) (way|far)? too (much|many) $",
		"(took|taken|swallowed|had|did) (an|a)? (extra|double) (dose|doses) (of)? (my|the)? (ketamine|k|troches|lozenges|spravato)",
		"(took|taken|swallowed|had|did) (an|a)? (extra|double) (dose|doses) $",
		// Not waking up, disappearing, a burden.
		"(would|to|and) (not|never) wake up",
		"never wake up again",
		"not waking up (again|ever|tomorrow)",
		"if i (could)? (disappear|disappeared|vanish|vanished)",
		"i (am|feel|have become|became|am becoming|feel like) (such|only|nothing but)? (a|the)? burden",
		"(being|be) a burden (to|on|for)",
		// Possessions, and who will have them.
		"(giving|give|gave|given) away my (cat|dog|pets|pet|guitar|books|records|collection|jewelry|jewellery|savings|money|car|favourite|favorite|prized|precious|most)",
		"(giving|give|gave) (my|all my) (stuff|things|belongings|possessions) to",
		"(getting rid of|got rid of|selling|sold) (all|most)? (of)? my (stuff|things|belongings|possessions)",
		"(want|need) (someone|somebody|you) to (have|take|look after|take care of) my (cat|dog|pets|things|stuff|plants|kids)",
		"who will (take care of|look after|feed) my (cat|dog|pets|kids|plants)",
		// Hopelessness.
		"(feel|feeling|felt|am|is|seems|so|completely|totally|utterly) hopeless",
		"(lost|losing|lose) (all)? hope",
		"(nothing|things|life) (will|is) (ever)? (going to)? (ever)? (get|be) (better|ok|okay)",
		"(i|it|things|life|this|my life) (will|is going to|am going to|is) never (going to)? (get|be) better",
		"(no|see no) light at the end",
		// A plan, a time, without a word of what for.
		"(going to|will|gonna|plan to|planning to) do it (tonight|tomorrow|this weekend|today|soon|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
		"(i have|i have got) (it|everything) (all)? (planned|figured out|worked out) $",
		// A farewell that may be one.
		"(i am)? sorry for everything $",
		"(wanted|want) to say goodbye",
	},
	benign: []string{
		// A meal called for is a reason to go, not a readiness: "bye guys, dinner's ready".
		"(dinners|lunchs|breakfasts|teas|suppers|foods|pizzas|dinner is|lunch is|breakfast is|tea is|supper is|food is|pizza is) ready",
		// Round s22-model: a loan paid off, photos taken from a bridge on a
		// walk, a week one is done with before wine and a bath: ordinary rows
		// that the lower Crisis cut of round s22-model let the model call
		// Crisis.
		"(paid|paying|finally paid) off (my|the|our) (car|student|house|bank|credit card)? (loan|loans|mortgage|credit card|overdraft) (today|this morning|this week|this month|at last|finally)? $",
		"(took|taking|take|got|snapped) (a|some|a bunch of|a few|loads of|lots of|a ton of)? (photos|pictures|pics|shots) (from|of|on) the (bridge|rooftop|roof|cliffs|cliff|tower|overpass) (on|during) (my|the|our) (walk|run|hike|bike ride|ride|way home|way to work)",
		"(i am|im) done with (this|the) (week|workweek|work week|day|month|semester|term|shift) $",
		// And a night picked for asking someone out (a twin the model read
		// Crisis): "tonight is the night i do it" is no part of it.
		"(tonight|tonights|today|todays) (is)? the (night|day) (i|we) (finally)? (ask|asks|tell|propose|confess|kiss|meet|try sushi|try the) (her|him|them|my|the|how|what|out|you)",
		// Round s22-enes (sets 22 and 23's ordinary rows): a wish after a
		// game lost, with a laugh (only in that frame); a goodbye forever to
		// a class or module; a high dive; a will updated at a solicitor's.
		"(fifa|fortnite|minecraft|valorant|warzone|cod|apex|mario kart|smash|chess|the game|ranked|rocket league) ... ... ... (i want to die|i wanna die|kill me) {joke}",
		"(goodbye|bye|farewell) (forever|for good|for ever) to (my|the|that)? ... (module|class|lecture|lectures|course|seminar|exam|exams|stats|statistics|maths|math|chemistry|physics|braces|cast|diet|commute|overdraft|job)",
		"(jump|jumping|jumped|dive|diving|dove) (off|from) the (high dive|high board|diving board|top board|# m board|#m board|# metre board|# meter board|platform) (at the (pool|leisure centre|leisure center|lido|swimming pool))?",
		// Something offered because a new one replaces it (a corpus row
		// the set-22 retraining raised to Review).
		"(will not|wont|do not|dont) need (it|them) (any more|anymore|any longer) (i)? (got|get|getting|bought|ordered|have|upgraded to) (a|the|my)? (new|newer|ps5|upgrade|replacement|another|better)",
		"(my|our) (will|wills) ... ... at the (solicitors|solicitor|lawyers|lawyer|notary|notarys)",
		// Round s21-enes (set 21): the last post from a flat one moves out of
		// ("goodbye Ohio, this is my last post from this apartment").
		"(this is)? my last (post|message|update|story|video) from (this|the|my|our) (old)? (apartment|house|flat|place|dorm|dorm room|room|office|desk|town|city|country|hometown)",
		// Round s20-enes: pills taken as prescribed with the prescriber named
		// ("the meds dr patel prescribed"); a car at the mechanic's until a day.
		// The car idiom was written for a corpus row that the retrained model
		// read Crisis when set 20 joined (golden-moved).
		"(took|taken|take|taking|had) (all)? (of)? (my|the) {pills} (that|which)? (dr|doctor|doc|my doctor|my psychiatrist|my gp) ... (prescribed|prescribes|ordered|gave me|put me on)",
		// "happier without me hogging the bathroom": a habit of the writer's
		// that others would be spared, not the writer gone.
		"without me (hogging|snoring|singing|complaining|nagging|hovering|taking up|eating|stealing|using|hogging up) (the|their|all|up|my)?",
		"(car|cars|van|truck) (is|s)? (in|at) the (garage|shop|mechanic|mechanics|body shop|workshop) (till|until|for|being|getting) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the (week|weekend)|repairs|a service|service|its service|fixed|repaired|serviced|an mot|its mot)",
		// Fresh set 19's ordinary rows: a goodbye "for a bit" before a move, a dental
		// dread, an escape room one would "rather die than" do again.
		"(saying goodbye|say goodbye|goodbye|bye) to (everyone|everybody|you all|all of you|the group) (here)? for a (bit|while|few weeks|few days|little while) (moving|off|going|heading|flying|leaving|travelling|traveling|away) (to|for|on|abroad|away|back)",
		"(root canal|wisdom teeth|wisdom tooth|filling|dentist|dental) ... ... (i am|im) going to die",
		"(would|had|d) rather die than (do|sit through|go to) another (escape room|family dinner|road trip|wedding|baby shower|team building|escape game)",
		"(rifle|gun|shotgun|rifles|guns) ... ... (for|before) (the range|hunting|deer season|the hunt|opening day|the season|duck season)",
		// Round s22-model: the range named as where one goes ("cleaned the
		// rifle tonight, going to the range tomorrow").
		"(rifle|gun|shotgun|rifles|guns) ... ... (going|go|off|heading|head) to the (range|shooting range|gun club|club) (tomorrow|this weekend|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in the morning)?",
		// Round s12-residual: a bare goodbye that the next sentence explains
		// as an ordinary departure, read over the two (risk.go, departs), or in
		// one sentence: "goodbye everyone! moving to denver tomorrow".
		"^ (goodbye|bye|farewell|bye bye) (everyone|everybody|all|all of you|you all|guys|folks|friends|yall)? (and)? {departure}",
		// A goodbye at the end of a job, a last post for a while.
		"last day (at|of|in) ... (job|work|office|school|uni|college|internship|placement|team) ... (said|saying) goodbye to (everyone|everybody|all)",
		"(last|final) (message|post|text) for (a while|a bit|a few days|a week|a couple of (days|weeks))",
		// "got enough insulin for the whole trip"
		"enough ({pills}|insulin|meds|medication|medicine|meds packed|tablets) (for|to last) (the|my|our|this)? (whole|entire)? (trip|holiday|holidays|vacation|week|weekend|month|journey|flight|stay|summer|festival|camping trip)",
		// Fresh set 18's ordinary rows: a race or a meeting one would "rather
		// die than" do again, pills counted after a pet knocked them down.
		"(would|had|d) rather die than (run|do|sit through|attend|go to|watch) another (half marathon|marathon|race|meeting|group project|zoom call|spin class|workout|exam|ultra|5k|10k)",
		"counting (the)? (pills|my pills|meds|tablets) to make sure (she|he|the cat|the dog|my cat|my dog) (did not|didnt) (eat|swallow) any",
		// Fresh sets 16 and 17's ordinary rows, benign only in their frame: a
		// window threat over a meeting "(ground floor, don't worry)", a goodbye
		// before a move with a rejoin named, an overdose of a food, a pet
		// "trying to kill me", a goodbye letter to a dead parent or to an illness.
		"(meeting|meetings|zoom|call|email|emails|spreadsheet|excel|deadline) ... ... ... (jump|jumping|throw myself) out (of)? the window (ground floor|first floor|we are on the ground floor|its the ground floor)",
		"(goodbye|bye) (everyone|everybody|all|guys|yall)? (i am|im)? (moving|relocating) to ... (will|i will|ill) (rejoin|be back|come back|reconnect)",
		"(overdosed|oded) on ... (cookies|cookie|chocolate|candy|sweets|sugar|cake|pizza|coffee|caffeine|carbs|cheese|netflix|memes)",
		"(cat|cats|kitten|dog|puppy|parrot) ... ... ... ... (she is|he is|it is|shes|hes|its) trying to kill me",
		"(goodbye|farewell) letter to my (late|dead|deceased) (dad|father|mum|mom|mother|grandma|grandpa|brother|sister)",
		"(goodbye|farewell) letter to my (anxiety|depression|ocd|panic|panic attacks|eating disorder|addiction|illness)",
		// Fresh sets 14 and 15's hyperbole, only in its frame: a quoted wish
		// captioned "me every time ...", a wish right after a game death
		// count, a threat whose trigger is a meeting, with a laugh after it.
		// Without the frame the wish is still Crisis ("i want to die lol").
		"^ (i want to die|i wanna die|i want to kms|kill me now|kill me) me (every time|everytime|whenever|each time|when)",
		"(died|dead|deaths|death) # (times|x|deaths)? (to|on|against|at|by|with) (the|this|that)? (same)? (boss|level|guy|enemy|mob|raid|dungeon) ... ... (i want to die|i wanna die|kill me)",
		"(meeting|meetings|zoom|zoom call|teams call|call|email|emails|spreadsheet|excel|deadline) ... ... ... (jump|jumping|throw myself|throwing myself|yeet myself) out (of)? the window (lol|lmao|lmfao|haha|hahaha|xd|jk)",
		"(shot|shoot|shooting) myself in the (foot|feet)",
		// Set 14: a chat ended for the evening ("that's me for tonight,
		// goodbye and thanks for the chat"); "thanks for everything" is no
		// part of it, and a goodbye without the evening named stays a farewell.
		"(that is|thats) (me|it|all) (from me)? for (tonight|today|this evening) (goodbye|bye) (and)? thanks for the (chat|talk|conversation|session)",
		// Fresh set 12's and 13's ordinary rows: a goodbye for the evening with
		// the next day named, a letter to one's old self (an integration
		// exercise), a noose knot for a Halloween skeleton.
		"(goodbye|bye) (everyone|everybody|all|guys|yall)? ... ... ... see (you|ya|u) (all|guys)? (tomorrow|next week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next time|at the next session|in the group)",
		"(goodbye|farewell) letter to my (old|former|younger|past|old addicted|old anxious) self",
		"(noose|hangman s|hangmans) (knot)? ... ... (halloween|skeleton|scarecrow|decoration|decorations|costume|haunted house)",
		"ego (death|dissolution|loss|dying)",
		"ego-death",
		"(felt|feel|feels|feeling) like (i was|i am|i were)? (dying|dead|death|going to die|about to die|i was dying|i died) ... {session}",
		"{session} ... (felt|feel|feels|feeling) like (i was|i am|i were)? (dying|dead|death|going to die|about to die)",
		"(thought|felt) (like)? i was (dying|dead|going to die) ... {session}",
		"(took|taken|take|taking|had) (all)? (of)? my {pills} ... {prescribed}",
		// Round s20-routine: one's own usual medicine taken, with when (today,
		// this morning, already, as usual) and nothing else in the sentence:
		// "took my meds this morning", "already took my pills". The phrase
		// has no place for an amount or a totality ("took all my pills
		// today" stays Crisis), nor for anything after it ("already took my
		// pills, wanted someone to know"). Only "my": "i already took the
		// pills" said alone is how an overdose is told.
		"^ (so|ok|okay|yes|yep|yeah)? (i)? (have)? (took|taken|had) my {pills} {routine} $",
		"^ (so|ok|okay|yes|yep|yeah)? (i)? (have)? already (took|taken|had) my {pills} (today|this morning|this evening|for today|for the day)? $",
		"^ my {pills} (are|were)? (taken|done) (today|this morning|already|for today|for the day) $",
		// Round s20-routine: a blade in the hand while cooking, the sentence
		// ending with the food or what it is for: "knife's in my hand,
		// chopping onions for tonight". A body part or a death named after
		// the food is not masked ("... chopping onions and thinking of my
		// wrists"), so the means stays a means.
		"({blade}|knifes) (is|s|are)? in my (hand|hands) (and)? (i am|im)? {cutting} (up)? (the|some|an|a|my)? (red|white|fresh|sweet|spring)? {food} (for (tonight|dinner|lunch|tomorrow|the (soup|stew|salad|kids|party|week|sauce|curry)))? $",
		// Round s20-routine: an old thing given away because a new one was
		// bought: "bought the new one, i won't need it anymore".
		"(bought|got|ordered|treated myself to) (myself)? (a|the) new ... (so|and)? (i)? (will not|do not|am not going to|will never)? (need|be needing|use|be using) (it|them|the old one|that one|this one) (any more|anymore|again)?",
		// Round s20-routine: a sibling's joking threat over food, with a laugh
		// after it: "he'd kill me if i ate his leftovers lol". Without the
		// laugh, or over anything else, the threat stays danger (en_signal.go).
		"(said|says|told me|swore|texted|promised|threatened) (that)? (he|she|they) (would|will|is going to|going to|are going to)? kill me if i (eat|ate|touch|touched|finish|finished|take|took|drink|drank|steal|stole|have|had) (his|her|their|the) (last)? (of)? (his|her|their)? {snack} ... {joke}",
		// Round s20-routine: bleeding from the nose, the gums or a period (the
		// crisis phrase names bleeding alone).
		"(nose|nosebleed|gums|period) ... ... (bleeding|blood) (will not|does not|is not) (stop|stopping)",
		// Round s20-routine: a group email fixed: "it's done, i fixed the typo".
		"(please)? (do not|dont) (answer|reply to|respond to|reply all to) the (group|team|class)? (email|mail|thread) (it is)? (done|sorted|fixed)",
		"(it is)? (done|sorted|fixed) (i|we)? (fixed|corrected|sent|sorted|updated|changed|resent) the (typo|typos|email|mail|link|file|date|time|error|mistake|spelling|attachment|invite)",
		"(rope|ropes) (for|to) (climbing|camping|the tent|tie|hang (the|a|my) (hammock|laundry|clothes|swing|picture))",
		// Round s22-lang: a rope made ready for a sport or a trip, often an
		// emoji ("🪢 ready for the climbing wall"); "🪢 ready. bye" stays Crisis.
		"(rope|ropes) (is|are)? (ready|packed|set up) for (the|my|our|a|tomorrow's|saturday's|sunday's)? (climbing|climb|crag|wall|gym|bouldering|camping|tent|boat|sailing|hammock|swing|hike|trip|course|class)",
		"(rope|ropes|gun|rifle|knife|blade|blades|hose) (for|to) ... (hammock|climbing|camping|tent|boat|sailing|laundry|clothesline|swing|tree|garden|dog|hunting|range|gym|crossfit|work|project|move|moving|kitchen|cooking|fishing|car|tow|towing)",
		"(fixing|cleaning|repairing|painting|working on|checking|clearing) the (gutter|gutters|roof|antenna|chimney|solar panels|shingles|tiles|satellite dish)",
		"(left|leave|leaving|dropped|drop|dropping|gave|giving|brought|took) (my|our|the) (dog|cat|pets|pet|plants|kitten|puppy) (to|with|at|off at|off with|over to) ... (for the (weekend|week|day|night|holidays|trip)|while (i|we) ... (away|gone|travel*|vacation|holiday|trip|hospital|work)|until (i|we) (get|come) back|to (dogsit|catsit|pet-sit|mind|watch))",
		"(gun|rifle|shotgun) (for|to|at) (hunting|the range|shooting range|work)",
		"(beats|beat|beating) me (at|in|to|by)",
		// Round s22-resid: a rope put in the car for a trip or a sport, and
		// signing off for good from one app or site, are not a means placed
		// ready nor a farewell (the crisis phrases above).
		"(rope|ropes|noose) (is|s|are)? (already)? (in|on) (the|my|our) ... (for|to) (the|a|our|my|tomorrows|saturdays|sundays)? ... (camping|climbing|climb|crag|hike|hiking|trip|boat|sailing|tent|hammock|move|moving|tow|towing|gym|course|class|swing|clothesline|laundry|garden)",
		// Round s22-resid: what was prescribed for an allergy or a cold, taken
		// and working ("took all the ones they gave me for my allergies and
		// they worked"); "took all the ones they gave me, sorry everyone" stays.
		"(took|taken|take) all (of)? the ones (they|the doctor|my doctor|the pharmacist|the nurse) (gave|prescribed) (me)? for (my|the) (allergies|allergy|hay fever|cold|flu|cough|headache|migraine|migraines|sinuses|sinus infection|stomach|cramps) ... (worked|helped|work|help|did the trick)",
		"({pills}|pills|meds|tablets) (is|s|are)? (on|in) (the|my) (nightstand|night stand|bedside table|kitchen counter|counter) so (that)? (i|i will|ill)? (do not|dont|will not|wont|never)? (forget|remember|see) (them|it|to take them)?",
		"(signing|sign|logging|log) off (for good|forever|permanently) (from|on|of) (twitter|x|instagram|insta|facebook|fb|tiktok|reddit|social media|socials|this app|that app|discord|snapchat|youtube|threads|bluesky|the news|news|the group chat|group chat|dating apps|the dating apps|tinder|hinge|bumble|that site|this site|the forum|that forum)",
	},
	// A question asked about crisis words is not the writer saying them:
	// "my therapist asked if i have thoughts of suicide". Written to end the
	// words before the phrase.
	asked: []string{
		"(asked|asks|asking|ask|wanted to know|wants to know|wondered|wonders|question|questions|questioned) (me|us)? (if|whether|about|how often) ... $",
		"(questionnaire|form|survey|screening|checklist) (asked|asks|asking) (me)? (if|whether|about)? ... $",
		// Round s12-residual: "asked if i'd had any thoughts of", where "i'd
		// had" reads as "i would had", one word more than "..." reaches.
		"(asked|asks|asking|ask|wanted to know|wants to know) (me|us)? (if|whether) i (would|had|have)? (had|have|ever had|ever have) (any|ever|recently)? $",
	},
	// An answer after such a question that makes it the writer's own: "and
	// i said yes".
	confirm: []string{
		"i (said|answered|told (her|him|them)|replied|admitted) (yes|yeah|yep|i do|i did|i am|i have|that i do|that i am|that i have|the truth)",
	},
}
