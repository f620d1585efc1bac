package fakediscord

import (
	"encoding/json"
	"net/http"
	"regexp"
)

// commandSpec is the part of an application command the fake validates;
// the rest of what the bot sent is kept and echoed as it was.
type commandSpec struct {
	Name                     string            `json:"name"`
	NameLocalizations        map[string]string `json:"name_localizations"`
	Type                     int               `json:"type"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations"`
	Options                  []optionSpec      `json:"options"`
	Contexts                 []int             `json:"contexts"`
	IntegrationTypes         []int             `json:"integration_types"`
}

type optionSpec struct {
	Type                     int               `json:"type"`
	Name                     string            `json:"name"`
	NameLocalizations        map[string]string `json:"name_localizations"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations"`
	Required                 bool              `json:"required"`
	Autocomplete             bool              `json:"autocomplete"`
	Choices                  []choiceSpec      `json:"choices"`
	Options                  []optionSpec      `json:"options"`
}

type choiceSpec struct {
	Name              string            `json:"name"`
	NameLocalizations map[string]string `json:"name_localizations"`
	Value             any               `json:"value"`
}

// chatName is Discord's rule for slash command and option names.
var chatName = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// Commands returns the registered commands of a guild, or the global ones
// for guildID "".
func (s *Server) Commands(guildID string) []Command {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Command(nil), s.commands[guildID]...)
}

func (s *Server) checkAppLocked(c *call) (reply, bool) {
	if c.r.PathValue("app") == s.cfg.appID {
		return reply{}, true
	}
	s.violateLocked(c, "application ID %q is not the bot's (%s)", c.r.PathValue("app"), s.cfg.appID)
	return apiError(http.StatusForbidden, 50001, "Missing Access"), false
}

func (s *Server) getCommands(c *call) reply {
	if rep, ok := s.checkAppLocked(c); !ok {
		return rep
	}
	out := []json.RawMessage{}
	for _, cmd := range s.commands[c.r.PathValue("gid")] {
		out = append(out, cmd.JSON)
	}
	return ok200(out)
}

// putCommands is the bulk overwrite: the new set replaces the old one, and a
// command keeps its ID when one of the same name and type existed, as on Discord.
func (s *Server) putCommands(c *call) reply {
	if rep, ok := s.checkAppLocked(c); !ok {
		return rep
	}
	var raws []map[string]any
	var specs []commandSpec
	if err := json.Unmarshal(c.json, &raws); err != nil {
		f := &formErrors{}
		f.add("_root", "BASE_TYPE_ARRAY", "Must be an array.")
		return s.invalidFormLocked(c, f)
	}
	if err := json.Unmarshal(c.json, &specs); err != nil {
		f := &formErrors{}
		f.add(typeErrorPath(err), "BASE_TYPE_INVALID", "Invalid value: "+err.Error())
		return s.invalidFormLocked(c, f)
	}
	if f := validateCommands(specs); !f.empty() {
		return s.invalidFormLocked(c, f)
	}
	gid := c.r.PathValue("gid")
	old := map[string]string{}
	for _, cmd := range s.commands[gid] {
		old[cmd.Name+"/"+itoa(cmd.Type)] = cmd.ID
	}
	var cmds []Command
	out := []map[string]any{}
	for i, raw := range raws {
		spec := specs[i]
		if spec.Type == 0 {
			spec.Type = 1
		}
		id, ok := old[spec.Name+"/"+itoa(spec.Type)]
		if !ok {
			id = s.ids.next()
		}
		raw["id"], raw["application_id"], raw["type"], raw["version"] = id, s.cfg.appID, spec.Type, s.ids.next()
		if gid != "" {
			raw["guild_id"] = gid
		}
		if _, ok := raw["default_member_permissions"]; !ok {
			raw["default_member_permissions"] = nil
		}
		js, _ := json.Marshal(raw)
		cmds = append(cmds, Command{ID: id, GuildID: gid, Name: spec.Name, Type: spec.Type,
			Description: spec.Description, NameLocalizations: spec.NameLocalizations,
			DescriptionLocalizations: spec.DescriptionLocalizations,
			Contexts:                 spec.Contexts, IntegrationTypes: spec.IntegrationTypes, JSON: js})
		out = append(out, raw)
	}
	s.commands[gid] = cmds
	return ok200(out)
}

func validateCommands(specs []commandSpec) *formErrors {
	f := &formErrors{}
	byType := map[int][]sibling{}
	for i, cmd := range specs {
		p := itoa(i)
		typ := cmd.Type
		if typ == 0 {
			typ = 1
		}
		byType[typ] = append(byType[typ], sibling{path: p, name: cmd.Name, loc: cmd.NameLocalizations})
		checkNameLocalizations(f, join(p, "name_localizations"), cmd.NameLocalizations, typ == 1, true)
		if typ == 1 {
			checkChatName(f, join(p, "name"), cmd.Name)
			f.between(join(p, "description"), cmd.Description, 1, 100)
			checkTextLocalizations(f, join(p, "description_localizations"), cmd.DescriptionLocalizations, 100)
			validateOptions(f, cmd.Options, join(p, "options"), 0)
		} else {
			f.between(join(p, "name"), cmd.Name, 1, 32)
			if cmd.Description != "" {
				f.add(join(p, "description"), "BASE_TYPE_MAX_LENGTH", "Must be 0 or fewer in length.")
			}
		}
	}
	for _, sibs := range byType {
		checkUniqueNames(f, sibs)
	}
	if len(byType[1]) > 100 || len(byType[2]) > 5 || len(byType[3]) > 5 {
		f.add("_root", "APPLICATION_COMMANDS_TOO_MANY", "Too many application commands of one type")
	}
	if !f.empty() {
		f.dedupe()
	}
	return f
}

func checkChatName(f *formErrors, path, name string) {
	if !validChatName(name) {
		f.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
	}
}

func validateOptions(f *formErrors, opts []optionSpec, path string, depth int) {
	f.maxItems(path, len(opts), 25)
	optionalSeen := false
	var sibs []sibling
	for i, o := range opts {
		p := join(path, i)
		sibs = append(sibs, sibling{path: p, name: o.Name, loc: o.NameLocalizations})
		checkChatName(f, join(p, "name"), o.Name)
		checkNameLocalizations(f, join(p, "name_localizations"), o.NameLocalizations, true, false)
		f.between(join(p, "description"), o.Description, 1, 100)
		checkTextLocalizations(f, join(p, "description_localizations"), o.DescriptionLocalizations, 100)
		f.maxItems(join(p, "choices"), len(o.Choices), 25)
		for j, ch := range o.Choices {
			f.between(join(p, "choices", j, "name"), ch.Name, 1, 100)
			checkTextLocalizations(f, join(p, "choices", j, "name_localizations"), ch.NameLocalizations, 100)
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			f.add(join(p, "autocomplete"), "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES", "Autocomplete cannot be set with choices")
		}
		if o.Type == 1 || o.Type == 2 {
			if depth >= 2 {
				f.add(join(p, "type"), "APPLICATION_COMMAND_OPTIONS_TOO_DEEP", "Sub-command groups can only nest sub-commands")
			}
			validateOptions(f, o.Options, join(p, "options"), depth+1)
			continue
		}
		if o.Required && optionalSeen {
			f.add(join(p, "required"), "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options")
		}
		optionalSeen = optionalSeen || !o.Required
	}
	checkUniqueNames(f, sibs)
}
