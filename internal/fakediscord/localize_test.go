package fakediscord

import (
	"strings"
	"testing"
)

// TestCommandLocalizations checks that the fake refuses, as Discord does,
// localized names and descriptions over Discord's limits, and keeps what
// it accepts.
func TestCommandLocalizations(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a", 33)
	for _, tc := range []struct {
		name, body string
		path, code string // the error wanted; "" for 200
	}{
		{"OK", `[{"name":"moved","name_localizations":{"es-ES":"movimiento","es-419":"movimiento","de":"bewegung","fr":"bougé"},
			"description":"Log movement","description_localizations":{"de":"Bewegung eintragen"},
			"options":[{"type":3,"name":"activity","name_localizations":{"fr":"activité"},"description":"What","description_localizations":{"fr":"Quoi"},
				"choices":[{"name":"Walk","value":"walk","name_localizations":{"de":"Spazieren gehen"}}]}]}]`, "", ""},
		{"NameUpperCase", `[{"name":"moved","name_localizations":{"de":"Bewegung"},"description":"Log"}]`,
			"0.name_localizations", "APPLICATION_COMMAND_INVALID_NAME"},
		{"NameSpace", `[{"name":"moved","name_localizations":{"fr":"j ai bougé"},"description":"Log"}]`,
			"0.name_localizations", "APPLICATION_COMMAND_INVALID_NAME"},
		{"NameTooLong", `[{"name":"moved","name_localizations":{"fr":"` + long + `"},"description":"Log"}]`,
			"0.name_localizations", "APPLICATION_COMMAND_INVALID_NAME"},
		{"NameEmpty", `[{"name":"moved","name_localizations":{"fr":""},"description":"Log"}]`,
			"0.name_localizations.fr", "BASE_TYPE_MIN_LENGTH"},
		{"OptionNameBad", `[{"name":"moved","description":"Log","options":[{"type":3,"name":"activity","name_localizations":{"es-ES":"qué hiciste"},"description":"What"}]}]`,
			"0.options.0.name_localizations.es-ES", "APPLICATION_COMMAND_INVALID_NAME"},
		{"UnknownLocale", `[{"name":"moved","description":"Log","description_localizations":{"es":"Anotar"}}]`,
			"0.description_localizations.es", "BASE_TYPE_CHOICES"},
		{"UnderscoreLocale", `[{"name":"moved","name_localizations":{"pt_BR":"movido"},"description":"Log"}]`,
			"0.name_localizations.pt_BR", "BASE_TYPE_CHOICES"},
		{"DescriptionTooLong", `[{"name":"moved","description":"Log","description_localizations":{"de":"` + strings.Repeat("x", 101) + `"}}]`,
			"0.description_localizations.de", "BASE_TYPE_BAD_LENGTH"},
		{"OptionDescriptionEmpty", `[{"name":"moved","description":"Log","options":[{"type":3,"name":"a","description":"A","description_localizations":{"de":""}}]}]`,
			"0.options.0.description_localizations.de", "BASE_TYPE_BAD_LENGTH"},
		{"ChoiceNameTooLong", `[{"name":"moved","description":"Log","options":[{"type":3,"name":"a","description":"A",
			"choices":[{"name":"Walk","value":"walk","name_localizations":{"fr":"` + strings.Repeat("x", 101) + `"}}]}]}]`,
			"0.options.0.choices.0.name_localizations.fr", "BASE_TYPE_BAD_LENGTH"},
		{"DuplicateLocalizedCommand", `[{"name":"pause","description":"P","name_localizations":{"de":"pause"}},
			{"name":"stop","description":"S","name_localizations":{"de":"pause"}}]`,
			"1.name_localizations.de", "APPLICATION_COMMANDS_DUPLICATE_NAME"},
		{"LocalizedClashesWithDefault", `[{"name":"pause","description":"P"},{"name":"stop","description":"S","name_localizations":{"fr":"pause"}}]`,
			"1.name_localizations.fr", "APPLICATION_COMMANDS_DUPLICATE_NAME"},
		{"DuplicateLocalizedOption", `[{"name":"start","description":"S","options":[
			{"type":3,"name":"zone","description":"Z","name_localizations":{"de":"zeit"}},{"type":3,"name":"time","description":"T","name_localizations":{"de":"zeit"}}]}]`,
			"0.options.1.name_localizations.de", "APPLICATION_COMMANDS_DUPLICATE_NAME"},
		{"DefaultNamesStillChecked", `[{"name":"Moved","description":"Log"}]`, "0.name", "APPLICATION_COMMAND_INVALID_NAME"},
		{"ContextsOK", `[{"name":"help","description":"H","contexts":[0,1,2],"integration_types":[0,1]}]`, "", ""},
		{"ContextUnknown", `[{"name":"help","description":"H","contexts":[0,3]}]`, "0.contexts.1", "BASE_TYPE_CHOICES"},
		{"IntegrationTypeUnknown", `[{"name":"help","description":"H","integration_types":[2]}]`, "0.integration_types.0", "BASE_TYPE_CHOICES"},
		{"ContextsEmpty", `[{"name":"help","description":"H","contexts":[]}]`, "0.contexts", "BASE_TYPE_MIN_LENGTH"},
		{"ContextsRepeated", `[{"name":"help","description":"H","integration_types":[1,1]}]`, "0.integration_types", "BASE_TYPE_INVALID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			status, body := sendRaw(t, fake, "PUT", "/applications/"+fake.ApplicationID()+"/commands", "application/json", []byte(tc.body))
			if tc.path == "" {
				if status != 200 {
					t.Fatalf("status %d, want 200: %v", status, body)
				}
				noViolations(t, fake)
				return
			}
			if status != 400 || body["code"] != float64(50035) {
				t.Fatalf("status %d %v, want 400 Invalid Form Body at %s", status, body, tc.path)
			}
			if codes := errorCodes(body, tc.path); !strings.Contains(codes, tc.code) {
				t.Errorf("errors at %s = %q, want %s; body %v", tc.path, codes, tc.code, body)
			}
			if len(fake.Commands("")) != 0 {
				t.Errorf("a refused set was stored: %+v", fake.Commands(""))
			}
			if len(fake.Violations()) == 0 {
				t.Error("no violation recorded")
			}
		})
	}
}

// TestCommandsKeepLocalizations checks that the fake records what the bot
// declared, for tests of the bot's definitions.
func TestCommandsKeepLocalizations(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	body := `[{"name":"help","description":"H","name_localizations":{"de":"hilfe"},"description_localizations":{"de":"Was ich kann"},
		"contexts":[0,1,2],"integration_types":[0,1]},{"name":"group","description":"G"}]`
	if status, b := sendRaw(t, fake, "PUT", "/applications/"+fake.ApplicationID()+"/commands", "application/json", []byte(body)); status != 200 {
		t.Fatalf("status %d: %v", status, b)
	}
	cmds := fake.Commands("")
	if len(cmds) != 2 {
		t.Fatalf("commands = %+v", cmds)
	}
	help, group := cmds[0], cmds[1]
	if help.NameLocalizations["de"] != "hilfe" || help.DescriptionLocalizations["de"] != "Was ich kann" ||
		len(help.Contexts) != 3 || len(help.IntegrationTypes) != 2 {
		t.Errorf("help = %+v", help)
	}
	if group.Contexts != nil || group.IntegrationTypes != nil {
		t.Errorf("group declared nothing but has contexts %v, integration types %v", group.Contexts, group.IntegrationTypes)
	}
}

// errorCodes returns the codes of the errors at a dotted path of Discord's
// errors tree, joined.
func errorCodes(body map[string]any, path string) string {
	node, _ := body["errors"].(map[string]any)
	for _, part := range strings.Split(path, ".") {
		node, _ = node[part].(map[string]any)
	}
	errs, _ := node["_errors"].([]any)
	var codes []string
	for _, e := range errs {
		if m, ok := e.(map[string]any); ok {
			codes = append(codes, m["code"].(string))
		}
	}
	return strings.Join(codes, ",")
}
