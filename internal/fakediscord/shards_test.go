package fakediscord

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Guild ids whose shard of two is known by construction: the shard is
// (id >> 22) % count.
var (
	evenGuild = strconv.FormatUint(2<<22, 10) // shard 0 of 2
	oddGuild  = strconv.FormatUint(3<<22, 10) // shard 1 of 2
)

func TestShardOf(t *testing.T) {
	t.Parallel()
	cases := []struct {
		guild       string
		count, want int
	}{
		{"", 4, 0},        // DMs: shard 0
		{evenGuild, 2, 0}, // 2 % 2
		{oddGuild, 2, 1},  // 3 % 2
		{strconv.FormatUint(7<<22|12345, 10), 4, 3}, // the low 22 bits do not count
		{oddGuild, 1, 0},
	}
	for _, c := range cases {
		if got := ShardOf(c.guild, c.count); got != c.want {
			t.Errorf("ShardOf(%q, %d) = %d, want %d", c.guild, c.count, got, c.want)
		}
	}
}

func TestGatewayBotShards(t *testing.T) {
	t.Parallel()
	fake := startFake(t, WithShards(4), WithMaxConcurrency(2))
	gb, err := newSession(t, fake).GatewayBot()
	if err != nil {
		t.Fatal(err)
	}
	if gb.Shards != 4 || gb.SessionStartLimit.MaxConcurrency != 2 || gb.URL != fake.GatewayURL()+"/" {
		t.Errorf("GET /gateway/bot = %+v", gb)
	}
}

// TestShardRouting opens shards 0 and 1 of 2: each receives its own
// guild's events and READY lists only its guilds; DMs arrive on shard 0.
func TestShardRouting(t *testing.T) {
	t.Parallel()
	fake := startFake(t,
		WithGuild(Guild{ID: evenGuild, Name: "even", Channels: []Channel{{ID: "900", Name: "e"}}}),
		WithGuild(Guild{ID: oddGuild, Name: "odd", Channels: []Channel{{ID: "901", Name: "o"}}}))
	got := [2]chan string{make(chan string, 8), make(chan string, 8)}
	ready := [2]chan []string{make(chan []string, 1), make(chan []string, 1)}
	for i := range 2 {
		dg := newSession(t, fake)
		dg.ShardID, dg.ShardCount = i, 2
		dg.StateEnabled = false // discordgo's state writes READY's guilds as handlers read them
		dg.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
			got[i] <- ic.GuildID
		})
		dg.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			var ids []string
			for _, g := range r.Guilds {
				ids = append(ids, g.ID)
			}
			ready[i] <- ids
		})
		openSession(t, fake, dg)
	}
	want := map[string]int{evenGuild: 0, oddGuild: 1, guildID: ShardOf(guildID, 2)}
	for i := range 2 {
		for _, id := range <-ready[i] {
			if want[id] != i {
				t.Errorf("READY of shard %d lists guild %s of shard %d", i, id, want[id])
			}
		}
	}
	for guild, shard := range map[string]int{evenGuild: 0, oddGuild: 1, "": 0} {
		fake.InjectInteraction(Interaction{UserID: alice, GuildID: guild, Command: "ping"})
		if g := <-got[shard]; g != guild {
			t.Errorf("shard %d got the interaction of guild %q, want %q", shard, g, guild)
		}
	}
	for i := range 2 {
		if len(got[i]) != 0 {
			t.Errorf("shard %d got %d interactions of another shard", i, len(got[i]))
		}
	}
	if ls := fake.LiveShards(); len(ls) != 2 || ls[0] != (Shard{0, 2}) || ls[1] != (Shard{1, 2}) {
		t.Errorf("LiveShards = %v", ls)
	}
	if n := fake.IdentifiesOf(); n[Shard{0, 2}] != 1 || n[Shard{1, 2}] != 1 {
		t.Errorf("IdentifiesOf = %v", n)
	}
}

// TestShardTwice: a shard already connected is refused, and recorded as a
// violation; once closed, it may be connected again.
func TestShardTwice(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	first := newSession(t, fake)
	first.ShardID, first.ShardCount = 1, 2
	if err := first.Open(); err != nil {
		t.Fatal(err)
	}
	second := newSession(t, fake)
	second.ShardID, second.ShardCount = 1, 2
	second.ShouldReconnectOnError = false
	if err := second.Open(); err == nil {
		_ = second.Close()
		t.Fatal("a second connection of shard [1, 2] was accepted")
	}
	if !hasViolation(fake, "shard [1, 2] while another connection holds it") {
		t.Errorf("violations = %q", fake.Violations())
	}
	eventually(t, "the first heartbeat", func() bool { first.RLock(); defer first.RUnlock(); return first.DataReady })
	first.Lock()
	first.ShouldReconnectOnError = false
	first.Unlock()
	_ = first.Close()
	eventually(t, "the shard to be free", func() bool { return len(fake.LiveShards()) == 0 })
	openSession(t, fake, second)
}

// TestIdentifyShardRefused checks the close codes Discord uses for a shard
// it refuses, on a raw websocket (discordgo refuses to send them).
func TestIdentifyShardRefused(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		opts  []Option
		shard any
		code  int
	}{
		{"IDOutsideCount", nil, [2]int{4, 4}, 4010},
		{"NegativeID", nil, [2]int{-1, 4}, 4010},
		{"NoShards", nil, [2]int{0, 0}, 4010},
		{"TooManyGuilds", []Option{WithMaxGuildsPerShard(1), WithGuild(Guild{ID: evenGuild})}, nil, 4011},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t, c.opts...)
			if code := rawIdentify(t, fake, c.shard); code != c.code {
				t.Errorf("closed with %d, want %d", code, c.code)
			}
			if len(fake.Violations()) != 1 || len(fake.LiveShards()) != 0 {
				t.Errorf("violations %q, live shards %v", fake.Violations(), fake.LiveShards())
			}
		})
	}
}

// rawIdentify sends IDENTIFY with shard (nil: none) and returns the close
// code the fake answers with, 0 for none.
func rawIdentify(t *testing.T, fake *Server, shard any) int {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	d := map[string]any{"token": "Bot " + testToken, "intents": 1, "properties": map[string]string{}}
	if shard != nil {
		d["shard"] = shard
	}
	b, _ := json.Marshal(map[string]any{"op": 2, "d": d})
	if err := ws.WriteMessage(websocket.TextMessage, b); err != nil {
		t.Fatal(err)
	}
	for {
		_, _, err := ws.ReadMessage()
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			return ce.Code
		}
		if err != nil {
			return 0
		}
	}
}

// TestUnshardedTwice: connections that name no shard (replicas that each
// open the whole gateway) are allowed side by side, as Discord allows them,
// and hold no shard.
func TestUnshardedTwice(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	for range 2 {
		openSession(t, fake, newSession(t, fake))
	}
	if fake.Connections() != 2 || len(fake.LiveShards()) != 0 {
		t.Errorf("connections %d, live shards %v", fake.Connections(), fake.LiveShards())
	}
	noViolations(t, fake)
}

// TestIdentifyWindow: within the window, a second IDENTIFY in one bucket
// gets op 9 Invalid Session; a shard of another bucket identifies at once.
func TestIdentifyWindow(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		conc    int
		wantOp  float64
		refused bool
	}{
		{"SameBucket", 1, 9, true},
		{"OtherBucket", 2, 0, false}, // op 0: READY
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t, WithMaxConcurrency(c.conc), WithIdentifyWindow(time.Hour))
			if op := rawIdentifyOp(t, fake, [2]int{0, 2}); op != 0 {
				t.Fatalf("first IDENTIFY answered with op %v", op)
			}
			if op := rawIdentifyOp(t, fake, [2]int{1, 2}); op != c.wantOp {
				t.Errorf("second IDENTIFY answered with op %v, want %v", op, c.wantOp)
			}
			if got := hasViolation(fake, "identify window"); got != c.refused {
				t.Errorf("violations = %q", fake.Violations())
			}
		})
	}
}

// rawIdentifyOp sends IDENTIFY with shard and returns the op of the first
// frame after HELLO; the connection stays open until the test ends.
func rawIdentifyOp(t *testing.T, fake *Server, shard [2]int) float64 {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ws.Close() })
	var hello map[string]any
	if err := ws.ReadJSON(&hello); err != nil {
		t.Fatal(err)
	}
	d := map[string]any{"token": "Bot " + testToken, "intents": 1, "properties": map[string]string{}, "shard": shard}
	if err := ws.WriteJSON(map[string]any{"op": 2, "d": d}); err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := ws.ReadJSON(&f); err != nil {
		t.Fatal(err)
	}
	return f["op"].(float64)
}
