package nudge

import "slices"

// Library returns a copy of every nudge Aftercare can send. IDs are
// stable: histories store them, so a text may be reworded but an ID is never
// renamed or given to a different suggestion.
func Library() []Nudge {
	return slices.Clone(library)
}

// library is written for people in the days after a therapy session:
// concrete, small, and never a demand. Several texts say outright that "not
// today" is a fine answer, because for some people it needs saying.
var library = []Nudge{
	// Walking: the habit the plan starts with, so it has the most levels.
	{ID: "walk-05-door", Activity: ActivityWalk, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true,
		Text: "A {min}-minute walk is plenty today: out of the door, to the corner or the end of the street, and back. Not today is a fine answer too."},
	{ID: "walk-05-home", Activity: ActivityWalk, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "Walk a slow loop around your home or your building for {min} minutes. Touch a window sill, a door frame, a plant on the way round."},
	{ID: "walk-10-loop", Activity: ActivityWalk, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 2, MaxEnergy: 5, Outdoor: true,
		Text: "How about a slow {min}-minute loop around the block? See if you can spot three things you hadn't noticed before."},
	{ID: "walk-10-indoor", Activity: ActivityWalk, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "If going out feels like a lot, a {min}-minute walk inside counts: hallway, kitchen, living room, at whatever pace feels right."},
	{ID: "walk-10-morning", Activity: ActivityWalk, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true,
		Text: "A {min}-minute walk in daylight, before the screens if that works for you. Morning light tends to make the evening's sleep come a little easier."},
	{ID: "walk-15-errand", Activity: ActivityWalk, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true,
		Text: "Is there a small errand within walking distance? Walking there and back folds about {min} minutes of movement into your day."},
	{ID: "walk-15-call", Activity: ActivityWalk, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true,
		Text: "Is there someone you'd like to hear from? Taking the call on foot for {min} minutes turns a chat into a walk."},
	{ID: "walk-20-green", Activity: ActivityWalk, Minutes: 20, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5, Outdoor: true,
		Text: "A {min}-minute walk somewhere green, if there's a park or a tree-lined street nearby. Let your arms swing and your breathing settle."},
	{ID: "walk-20-album", Activity: ActivityWalk, Minutes: 20, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true,
		Text: "Pick a podcast episode or a few favourite songs and walk until they end, about {min} minutes. Not today is a fine answer if today isn't the day."},
	{ID: "walk-30-brisk", Activity: ActivityWalk, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Outdoor: true,
		Text: "If you feel up for it, a {min}-minute brisk walk: a pace where you could still talk but wouldn't want to sing. Slowing down at any point is fine."},
	{ID: "walk-45-destination", Activity: ActivityWalk, Minutes: 45, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5, Outdoor: true,
		Text: "For a day with some energy in it: a {min}-minute walk with somewhere to arrive, a café, a viewpoint, a friend's door. Bring water."},

	// Stretching: no equipment, no changing clothes, works at any energy.
	{ID: "stretch-05-reach", Activity: ActivityStretch, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "{min} minutes of slow stretching: reach both arms up, lean gently to each side, then roll your neck in easy half circles. Go only as far as feels kind."},
	{ID: "stretch-05-seated", Activity: ActivityStretch, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true,
		Text: "Right where you're sitting: roll your wrists, circle your ankles, and turn slowly to look behind you on each side. About {min} minutes, nothing to set up."},
	{ID: "stretch-05-standing", Activity: ActivityStretch, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Balance: true,
		Text: "Stand up, reach for the ceiling, then let your arms float down and fold towards your toes only as far as is comfortable. {min} minutes, then carry on with your day."},
	{ID: "stretch-10-floor", Activity: ActivityStretch, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true,
		Text: "If the floor or the bed is inviting, lie on your back for {min} minutes: hug your knees, let them fall to one side, then the other. Breathe out as you settle."},
	{ID: "stretch-10-hips", Activity: ActivityStretch, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Balance: true,
		Text: "Hips hold a lot of tension. Try {min} minutes: a gentle lunge on each side, a seated forward fold, and a figure-four stretch lying down."},
	{ID: "stretch-15-head-to-toe", Activity: ActivityStretch, Minutes: 15, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "A {min}-minute head-to-toe stretch: neck, arms, back, hips, legs, feet. Stay in each for a few slow breaths and skip anything that pinches."},
	{ID: "stretch-20-evening", Activity: ActivityStretch, Minutes: 20, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "Before bed, {min} minutes of unhurried stretching with the lights low. It's less about flexibility and more about telling your body the day is done."},

	// Yoga: from a single resting pose to a class.
	{ID: "yoga-05-childs-pose", Activity: ActivityYoga, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true, Practice: true,
		Text: "Child's pose for a few breaths, a few rounds of cat-cow, then rest. {min} minutes on a mat, a rug or the bed is enough."},
	{ID: "yoga-10-gentle", Activity: ActivityYoga, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "{min} minutes of gentle yoga, a beginners' video or your own slow sequence. Resting in any pose is still yoga, and poses on the floor are kindest on a wobbly day."},
	{ID: "yoga-15-flow", Activity: ActivityYoga, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Balance: true,
		Text: "A {min}-minute easy flow: mountain pose, forward fold, low lunge, downward dog, and back again. Move with your breath rather than the clock."},
	{ID: "yoga-20-restorative", Activity: ActivityYoga, Minutes: 20, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Seated: true, Practice: true,
		Text: "Restorative yoga asks almost nothing: {min} minutes with your legs up the wall or over a chair and a pillow under your head. Not today is a fine answer too."},
	{ID: "yoga-30-class", Activity: ActivityYoga, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Balance: true,
		Text: "If you have the energy, a {min}-minute yoga class, online or in a studio. Take the easier version of any pose whenever you like."},

	// Strength: WHO 2020 asks for muscle-strengthening on two days a week, so
	// there are enough texts at short levels for that to happen without repeats.
	{ID: "strength-05-chair", Activity: ActivityStrength, Minutes: 5, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "{min} minutes with a sturdy chair: stand up slowly and sit back down, 8 to 10 times, rest, and go again if it feels good."},
	{ID: "strength-05-wall", Activity: ActivityStrength, Minutes: 5, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "Wall push-ups: hands on the wall at chest height, step back a little, bend and straighten your arms 10 times. Rest and repeat for about {min} minutes."},
	{ID: "strength-10-circuit", Activity: ActivityStrength, Minutes: 10, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5,
		Text: "A {min}-minute home circuit: sit-to-stands, wall push-ups, and calf raises holding the kitchen counter. Ten of each, a rest, and round again if you like."},
	{ID: "strength-10-cans", Activity: ActivityStrength, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "Pick up two cans or two full water bottles and do slow curls and overhead presses for about {min} minutes. Slow matters more than heavy."},
	{ID: "strength-15-floor", Activity: ActivityStrength, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "On a mat or a carpet for {min} minutes: glute bridges, side-lying leg lifts and a few bird-dogs. Slow and steady, with rests in between."},
	{ID: "strength-15-legs", Activity: ActivityStrength, Minutes: 15, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Balance: true,
		Text: "{min} minutes for your legs: squats to a chair, step-ups on the bottom stair, and calf raises. End each set while it still feels doable."},
	{ID: "strength-20-full", Activity: ActivityStrength, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5,
		Text: "A {min}-minute strength session: squats, push-ups against a wall, a counter or the floor, glute bridges, and a plank for as long as feels right. Two rounds."},
	{ID: "strength-30-routine", Activity: ActivityStrength, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5,
		Text: "If today feels strong: {min} minutes of strength work, your own routine or a follow-along video. Muscles rebuild on the days in between, so those count too."},

	// Cycling: outdoors or a stationary bike; it asks for balance, so never on
	// the day of or after a session.
	{ID: "cycling-10-easy", Activity: ActivityCycling, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true, Balance: true,
		Text: "A {min}-minute easy ride around the neighbourhood, or on a stationary bike if you have one. Easy gears, easy pace."},
	{ID: "cycling-20-errand", Activity: ActivityCycling, Minutes: 20, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5, Outdoor: true, Balance: true,
		Text: "Could a short errand happen by bike? About {min} minutes there and back, with plenty of time and a helmet."},
	{ID: "cycling-30-ride", Activity: ActivityCycling, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Outdoor: true, Balance: true,
		Text: "A {min}-minute ride at a pace that warms you up: a bike path, a quiet road, or the stationary bike with some music."},
	{ID: "cycling-45-long", Activity: ActivityCycling, Minutes: 45, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5, Outdoor: true, Balance: true,
		Text: "For a bright day with energy to spare: a {min}-minute ride somewhere pleasant, with a stop in the middle to look around."},

	// Dancing: music does half the work.
	{ID: "dance-05-song", Activity: ActivityDance, Minutes: 5, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "Put on one or two songs you love and move however you like for {min} minutes. Nobody is watching, and swaying counts."},
	{ID: "dance-10-kitchen", Activity: ActivityDance, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "A {min}-minute kitchen dance, while the kettle boils and for a while after. Any music, any moves."},
	{ID: "dance-15-playlist", Activity: ActivityDance, Minutes: 15, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5,
		Text: "Make a short playlist and dance for {min} minutes: start slow, let the middle songs be the lively ones, and end on something calm."},
	{ID: "dance-20-video", Activity: ActivityDance, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5,
		Text: "A {min}-minute follow-along dance video in any style that looks like fun. Getting the steps wrong is part of it."},

	// Swimming: needs a pool; people without one leave it out at /start. Every
	// text says not to swim alone, and none comes the day of or after a session.
	{ID: "swim-10-float", Activity: ActivitySwim, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Water: true,
		Text: "If you're near a pool, {min} minutes in the water is enough: a few easy lengths, or floating and walking in the shallow end. Go where a lifeguard is on duty or with a friend — not alone. Not today is a fine answer."},
	{ID: "swim-20-lengths", Activity: ActivitySwim, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Water: true,
		Text: "{min} minutes of easy lengths at the pool, any stroke, resting at the wall as often as you like. Swim with a lifeguard on duty or a friend nearby — not alone."},
	{ID: "swim-30-steady", Activity: ActivitySwim, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5, Water: true,
		Text: "A {min}-minute swim at a steady, comfortable pace, at a pool with a lifeguard or with a friend — not alone. Notice how the water holds you up."},

	// Outdoors: being outside, moving a little; light and air help on their own.
	{ID: "outdoors-05-doorstep", Activity: ActivityOutdoors, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true,
		Text: "Step outside for {min} minutes: a doorstep, a balcony, an open window. Feel the air and look at the sky. That counts."},
	{ID: "outdoors-10-plants", Activity: ActivityOutdoors, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true,
		Text: "{min} minutes with some plants, yours, a neighbour's or the park's: water them, pull a weed, or just notice what's growing."},
	{ID: "outdoors-15-daylight", Activity: ActivityOutdoors, Minutes: 15, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true,
		Text: "Find a spot with daylight and spend {min} minutes outside, moving a little: a slow stroll, a stretch against a fence, a few deep breaths."},
	{ID: "outdoors-20-bench", Activity: ActivityOutdoors, Minutes: 20, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Outdoor: true,
		Text: "Walk to a bench or a patch of grass and spend {min} minutes there, arriving slowly and leaving slowly. Not today is a fine answer as well."},
	{ID: "outdoors-30-nature", Activity: ActivityOutdoors, Minutes: 30, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5, Outdoor: true,
		Text: "A {min}-minute nature walk: a park, a riverside, a patch of woods. Let your pace be set by whatever you stop to look at."},

	// Chores: movement hidden in things that need doing anyway.
	{ID: "chores-05-surface", Activity: ActivityChores, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5,
		Text: "Set a timer for {min} minutes and tidy one small surface, moving around as you go. When the timer rings, you're done."},
	{ID: "chores-10-music", Activity: ActivityChores, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5,
		Text: "{min} minutes of chores to music: sweeping, wiping, folding laundry. It counts as movement, and the room feels a little lighter too."},
	{ID: "chores-15-garden", Activity: ActivityChores, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true,
		Text: "{min} minutes of garden or balcony work: raking, watering, repotting. Bend your knees and take breaks."},
	{ID: "chores-20-brisk", Activity: ActivityChores, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5,
		Text: "A {min}-minute brisk clean: vacuuming, mopping, scrubbing. If it leaves you a little warm, that's moderate activity."},

	// Breathing: the gentlest ask, for days when moving is too much.
	{ID: "breathing-05-box", Activity: ActivityBreathing, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true, Practice: true,
		Text: "{min} minutes of box breathing: in for four, hold for four, out for four, hold for four. Sitting or lying down, whichever is kinder."},
	{ID: "breathing-05-sigh", Activity: ActivityBreathing, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true, Practice: true,
		Text: "A few slow sighs: breathe in through your nose, take a little extra sip of air, then let out a long breath. Keep going gently for about {min} minutes."},
	{ID: "breathing-10-belly", Activity: ActivityBreathing, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Seated: true, Practice: true,
		Text: "{min} minutes lying down: breathe into your belly, then your ribs, then your chest, and let each breath out last a little longer. Not today is a fine answer too."},
	{ID: "breathing-15-scan", Activity: ActivityBreathing, Minutes: 15, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Seated: true, Practice: true,
		Text: "A {min}-minute body scan with slow breathing: start at your toes and move your attention upwards, softening each part as you breathe out."},
}
