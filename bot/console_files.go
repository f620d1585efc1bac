package bot

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

// The console writes a person's charts and exports to a folder of their
// own, made the first time one is written: aftercare-<person>-<random> in
// ChartDir, by os.MkdirTemp, so readable by the user alone (0700) and never
// the folder of another run or another Console. /delete removes it with
// everything in it.

// unsafeInName is what may not go into a folder's name from a person id.
var unsafeInName = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

// fileDir returns the person's folder, making it the first time.
func (c *Console) fileDir() (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.files != "" {
		return c.files, nil
	}
	dir, err := os.MkdirTemp(c.ChartDir, "aftercare-"+unsafeInName.ReplaceAllString(c.Person, "_")+"-")
	if err != nil {
		return "", fmt.Errorf("make a folder for your files: %w", err)
	}
	c.files = dir
	return dir, nil
}

// FileDir returns the folder the console has written the person's files
// to, or "" when it has written none (or they were deleted).
func (c *Console) FileDir() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.files
}

// removeFiles deletes the person's folder after their data was erased,
// and says so.
func (c *Console) removeFiles() string {
	c.mu.Lock()
	dir := c.files
	c.files = ""
	c.mu.Unlock()
	if dir == "" {
		return ""
	}
	if err := os.RemoveAll(dir); err != nil {
		return c.words().T("console.files_not_deleted", lang.Args{"Dir": dir, "Err": err}) + "\n"
	}
	return c.words().T("console.files_deleted", lang.Args{"Dir": dir}) + "\n"
}

// saveChart writes the week's (or the last 7 days') chart and says where it is.
func (c *Console) saveChart(week coach.WeeklySummary) string {
	png, err := WeekChart(week)
	if err != nil {
		return c.words().T("console.chart_not_drawn", lang.Args{"Err": err}) + "\n"
	}
	path, err := c.write(fmt.Sprintf("aftercare-week-%s.png", week.Start), png)
	if err != nil {
		return c.words().T("console.chart_not_saved", lang.Args{"Err": err}) + "\n"
	}
	if week.Rolling {
		return c.words().T("console.chart_days", lang.Args{"Path": path}) + "\n"
	}
	return c.words().T("console.chart_week", lang.Args{"Path": path}) + "\n"
}

// saveFile writes a file the coach hands over (an export) and says where
// it is.
func (c *Console) saveFile(f coach.File) string {
	if c.ChartDir == "" {
		return c.words().T("console.no_files") + "\n"
	}
	path, err := c.write(filepath.Base(f.Name), f.Data)
	if err != nil {
		return c.words().T("console.not_saved", lang.Args{"Name": f.Name, "Err": err}) + "\n"
	}
	return c.words().T("console.saved", lang.Args{"Path": path}) + "\n"
}

// write puts one file in the person's folder, readable by the user alone.
func (c *Console) write(name string, data []byte) (string, error) {
	dir, err := c.fileDir()
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return "", fmt.Errorf("write %s: %w", name, err)
	}
	return path, nil
}
