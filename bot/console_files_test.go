package bot_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestConsoleFilesGoToAFolderOfTheirOwnAndGoWithDelete runs two consoles
// over one store and one base folder, as two runs of the program would,
// has each export, and checks that each wrote to a folder of its own,
// readable by the user alone, and that /delete removes it.
func TestConsoleFilesGoToAFolderOfTheirOwnAndGoWithDelete(t *testing.T) {
	store := redistest.Open(t)
	c := coach.New(store, store, localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)), nil)
	base := t.TempDir()
	ctx := context.Background()
	var outs [2]strings.Builder
	var cons [2]*bot.Console
	for i := range cons {
		cons[i] = &bot.Console{Out: &outs[i], Router: bot.Router{Coach: c}, Person: "console", Name: "Ada", ChartDir: base}
		for _, line := range []string{"/start", "1", "Europe/London", "20:00", "2", "/checkin", "4", "2", "3", "4", "3", "2", "/export"} {
			cons[i].Type(ctx, line)
		}
	}
	dirs := [2]string{cons[0].FileDir(), cons[1].FileDir()}
	if dirs[0] == "" || dirs[0] == dirs[1] || filepath.Dir(dirs[0]) != base || !strings.HasPrefix(filepath.Base(dirs[0]), "aftercare-console-") {
		t.Fatalf("folders %q; want two different aftercare-console-* folders in %s", dirs, base)
	}
	for i, dir := range dirs {
		info, err := os.Stat(dir)
		if err != nil || info.Mode().Perm() != 0o700 {
			t.Errorf("folder %s: %v, mode %v; want 0700", dir, err, info.Mode().Perm())
		}
		files, _ := os.ReadDir(dir)
		if len(files) < 2 || !strings.Contains(outs[i].String(), "(Saved: "+filepath.Join(dir, files[0].Name())+")") {
			t.Errorf("folder %s holds %v; the reply must say where each file is:\n%s", dir, files, outs[i].String())
		}
	}

	cons[0].Type(ctx, "/delete")
	cons[0].Type(ctx, "1") // Delete everything
	if _, err := os.Stat(dirs[0]); !os.IsNotExist(err) {
		t.Errorf("after /delete the folder %s is still there: %v", dirs[0], err)
	}
	if cons[0].FileDir() != "" || !strings.Contains(outs[0].String(), "are deleted too") {
		t.Errorf("the console does not say the files went:\n%s", outs[0].String())
	}
	if _, err := os.Stat(dirs[1]); err != nil {
		t.Errorf("the other run's folder went too: %v", err)
	}
}
