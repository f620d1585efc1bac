// Package storage keeps Aftercare's data in Redis, through go-redis v9's
// UniversalClient so that a single server, a Sentinel group or a Cluster all
// work. It implements coach.Store, coach.Queue and the scheduler's queue.
//
// With no Redis URL it starts an embedded, in-process Redis (miniredis), for
// trying the bot and for tests; its data is gone when the process exits.
//
// # Key schema
//
// Every key starts with a prefix (empty in production, one per test). All
// keys of one person share the hash tag {u:<id>}, so that they live on one
// Cluster slot and can be changed together and erased in one step. The due
// queue is spread over QueueParts (16) partitions, each under a hash tag of
// its own, {sched:<n>.<k>} (keys.go says why the k), so that each master of
// a Cluster dispatches its share; a person's jobs all live in partition
// QueuePart(<id>), so their order holds, and each Lua script touches one
// partition, so one slot.
//
//	{u:<id>}:person          string  JSON of coach.Person (settings, consent, which safety question
//	                                 waits for an answer; no answers, no health data)
//	{u:<id>}:cw:<Monday>     hash    a week's check-ins, a field per answer and day: a number
//	                                 (place × 18 + the field's index) for the fields most days
//	                                 have, "<place><name>" for the rest (place 0 is Monday); times
//	                                 in seconds from Monday 00:00 UTC; group_mood is the person's
//	                                 own tap on a group's check-in, apart from mood; a sealed
//	                                 value over 64 bytes is kept in pieces ("<field>#1", ...), so
//	                                 the week stays a listpack (weekrecord.go, dayrecord.go)
//	{u:<id>}:ci:<YYYY-MM-DD> hash    one day's check-in as versions before week records kept it,
//	                                 a field per answer; still read, written and forgotten
//	{u:<id>}:ci-days         zset    the check-in records: "w<Monday>" for a week, scored by its
//	                                 earliest day (YYYYMMDD), or the day for a day of its own;
//	                                 the retention sweep finds people by SCAN for {u:*}:ci-days
//	{u:<id>}:weeks           hash    week start -> JSON of coach.WeekAggregate, kept when the raw
//	                                 days are removed after RETENTION_DAYS
//	{u:<id>}:sessions        zset    therapy sessions (JSON), scored by Unix time
//	{u:<id>}:therapist       string  JSON of coach.Therapist, for a registered therapist, with the
//	                                 server that vouched for them (id and name)
//	{u:<id>}:shares          hash    therapist id -> JSON of coach.Share: the patient's consent
//	                                 ("gone:<random>" -> the same, without the id, once the therapist erased their data)
//	{u:<id>}:patients        set     a therapist's index of patient ids; every read is checked
//	                                 against the patient's own share
//	{u:<id>}:groups          set     "<channel>" for a group challenge joined, "<channel>/<day>"
//	                                 for a group answer until the day closes, so that erasing
//	                                 (and /export) reach those records too
//	{u:<id>}:dm              string  the person's Discord DM channel id, so that a restart does not
//	                                 open every DM again (Discord rate-limits opening DMs)
//	{u:<id>}:awaiting        string  the encoded coach.Action that text typed in the DM would
//	                                 answer, shared by the bot's replicas (7 days; taken once)
//	{u:<id>}:asks            hash    encoded coach.Action of an ask button -> JSON of the coach.Input
//	                                 its modal shows, only those with none of the person's words
//	                                 (at most 64; 7 days after the latest)
//	{u:<id>}:safetyplan      hash    step (coach.PlanStep) -> the person's words for that step of
//	                                 their safety plan, sealed; "updated" -> when it last changed
//	{u:<id>}:audit           list    JSON of coach.AuditEntry, newest first, at most 500
//	invite:<code>            string  therapist id, expiring with the code (14 days); the code as
//	                                 stored: XXXX-XXXX-XXXX, or XXXX-XXXX for a code made before
//	                                 codes grew to 60 bits
//	{u:<id>}:code-tries      zset    invite codes the person tried: try id -> when (ms); tries
//	                                 older than an hour are dropped, a right code's try is taken
//	                                 back, and the key expires an hour after the last try
//	{u:<id>}:jobs            zset    the per-job layout of before: opaque ids of the person's
//	                                 scheduled jobs; nothing new is written to it, Claim drains it
//	{u:<id>}:datakey         string  the person's own key for their sealed fields (notes, answers,
//	                                 side effects, intentions, reflections, safety plan), wrapped
//	                                 with DATA_KEY ("kw1:"); here only while no key store is kept
//	                                 apart (KEYSTORE_URL), which holds it under the same name
//	                                 instead; destroyed first by /delete, so that no copy of
//	                                 their sealed values opens again (personkey.go, keystore.go)
//	{u:<id>}:idkey           string  a random salt that keys the person's opaque job ids (jobref.go);
//	                                 deleted with the rest, so their old ids trace to no one
//	{g:<channel>}:group             string  JSON of coach.Group: a support group's settings and
//	                                        its challenge's total so far (no member's minutes; not
//	                                        who set it up)
//	{g:<channel>}:answers:<day>     hash    member id -> mood, only until the day closes (expires
//	                                        after 48 hours should the close never come)
//	{g:<channel>}:day:<day>         string  JSON of coach.GroupDay: the post id and only what was
//	                                        shown: no count below k, no spread kept private;
//	                                        kept 400 days
//	{g:<channel>}:challenge         set     member ids who count their minutes toward the challenge
//	{sched:<n>.<k>}:people   hash    person id -> their jobs in partition n, one a line (queue.go,
//	                                 queuescripts.go): "<id> P<due>|<job>" waiting, "<id> L<due>|<job>"
//	                                 claimed, "<id> D<when>" done (kept 15 days, so a re-planned day
//	                                 is not sent twice); <job> in the compact form without the person
//	                                 ("2|<kind>|...", jobcodec.go);
//	                                 times Unix ms in base 36; removed by the person's /delete
//	{sched:<n>.<k>}:next     zset    person id -> when their earliest waiting job is due (ms)
//	{sched:<n>.<k>}:leases   zset    "<person>/<opaque job id>" -> lease expiry (ms) while a worker
//	                                 runs it; a person's go with their /delete
//	{sched:<n>.<k>}:forget   zset    person id -> when their oldest done id is to be forgotten (ms)
//	{sched:<n>.<k>}:pending  string  how many jobs wait in partition n (for metrics)
//	{sched:<n>.<k>}:erased   zset    opaque id -> until when (ms): the jobs a person had claimed
//	                                 when they used /delete, so that the worker running one
//	                                 leaves nothing of them when it acknowledges, retries or
//	                                 sets it aside; a day (the key expires a day after the
//	                                 last erase); names nobody
//	{sched:<n>.<k>}:due,     the per-job layout of before (one member per job: due and leased
//	:leased, :jobs, :done    sets, payloads by id, done ids): nothing new is written to it; Claim
//	                         drains it (moving each job it claims into its person's field, in
//	                         the same step), its done set is still asked until its entries are
//	                         15 days old, and then the keys are gone (queueold.go)
//	{sched:<n>.<k>}:dead     hash    opaque job id -> JSON of a job that failed for good and why;
//	                                 kept 14 days, then dropped by the nightly retention sweep; a
//	                                 person's go with their /delete
//	{sched}:due, :leased,    the single queue of versions before partitions, the same five keys;
//	:jobs, :done, :dead      nothing new is written to it: Claim drains it (moving each job it
//	                         claims to its partition), its done set is still asked until its
//	                         entries are 15 days old, and then the keys are gone
//	{pace}:discord           string  the next free send slot (Unix µs) shared by every replica,
//	                                 since Discord's global limit is per bot, not per process
//	{shards}:lease:<n>       string  the replica id holding gateway shard n, for a few seconds at
//	                                 a time, extended by its holder while it is connected
//	{shards}:replicas        zset    replica id -> when its heartbeat runs out (Redis ms): the
//	                                 replicas sharing the shards, for a fair share each
//	{shards}:identify:<b>    string  the next moment (Unix µs) a shard of rate-limit bucket b may
//	                                 identify, 5 s after the one before, shared by every replica
//	seen:<id>                string  a Discord interaction or message id already applied, for 15
//	                                 minutes, so that one delivered again changes nothing
//	web:link:<nonce>         string  a web view link already exchanged for a session, for the
//	                                 link's 15 minutes, so it opens once
//	web:session:<nonce>      string  a web view session ended by signing out, for its hour
//	schema                   string  the form of the stored data; Upgrade brings older data to it,
//	                                 once
//	datakey-check            string  a known value sealed with DATA_KEY, opened at start: a wrong
//	                                 key stops the bot (check.go); sealed again by Rekey
//	keys-kept-in             string  the stamp of the key store kept apart that holds the people's
//	                                 keys, written once they all moved there; a start without that
//	                                 store (or with an empty one) is refused (keystore_open.go)
//	keystore-probe           string  for a moment at start: a value looked for through
//	                                 KEYSTORE_URL, which must not reach this same database
//	{w<k>}:sync, sync        string  "1" for 10 s: a marker written before an answer is
//	                                 confirmed, on the master of the person's keys and of their
//	                                 partition, for WAIT to wait on (durable.go); <k> puts it in
//	                                 the same slot as the person's keys, and names nobody
//
// A key store kept apart (KEYSTORE_URL) holds, under the same prefix,
// {u:<id>}:datakey for each person and keystore-stamp, its random id.
//
// # Sealing
//
// A sealed value says by its prefix which key opens it: "enc2:" the
// person's own key, "enc1:" DATA_KEY directly (written before people had
// keys of their own; still read, moved by Rekey), no prefix: in the clear.
// The additional data of each names its place (person, day, field), so a
// value copied elsewhere does not open. DATA_KEY itself is never stored.
//
// All keys are built in keys.go and nowhere else.
//
// # Job ids
//
// The queue keeps each job under an opaque id, an HMAC of the coach's
// readable name for it ("<person>:<kind>:<day>") keyed with a salt of each
// person it names; jobref.go says why. No id in Redis or in a log names a
// person or a day, and once a person's salt is deleted nobody can tell
// which ids were theirs.
package storage
