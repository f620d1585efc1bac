package fakediscord

// This file checks message components and modals against Discord's limits.

// validateComponents checks action rows of buttons and select menus. With
// components v2 (flag 1<<15) other top-level layouts are allowed; only the
// rules for interactive components and custom IDs are checked then.
func validateComponents(f *formErrors, rows []Component, path string, v2 bool) {
	seen := map[string]bool{}
	if !v2 {
		f.maxItems(path, len(rows), 5)
	}
	for i, row := range rows {
		p := join(path, i)
		if row.Type != 1 {
			if !v2 {
				f.add(join(p, "type"), "UNION_TYPE_CHOICES", `Value of field "type" must be one of (1,).`)
			}
			continue
		}
		n := len(row.Components)
		if n < 1 || n > 5 {
			f.add(join(p, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.")
		}
		for j, c := range row.Components {
			cp := join(p, "components", j)
			switch c.Type {
			case 2:
				validateButton(f, c, cp)
			case 3, 5, 6, 7, 8:
				if n > 1 {
					f.add(cp, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width")
				}
				validateSelect(f, c, cp)
			default:
				f.add(join(cp, "type"), "UNION_TYPE_CHOICES", `Value of field "type" must be one of (2, 3, 5, 6, 7, 8).`)
			}
			checkDuplicate(f, seen, c.CustomID, join(cp, "custom_id"))
		}
	}
}

func checkDuplicate(f *formErrors, seen map[string]bool, id, path string) {
	if id == "" {
		return
	}
	if seen[id] {
		f.add(path, "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
	}
	seen[id] = true
}

func validateButton(f *formErrors, c Component, p string) {
	switch {
	case c.Style < 1 || c.Style > 6:
		f.add(join(p, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.")
	case c.Style == 5:
		if c.URL == "" {
			f.add(join(p, "url"), "BUTTON_COMPONENT_URL_REQUIRED", "A url is required")
		}
		if c.CustomID != "" {
			f.add(join(p, "custom_id"), "BUTTON_COMPONENT_INVALID_FIELD", "A custom id cannot be set on a link button")
		}
	case c.Style == 6:
		if c.SKUID == "" {
			f.add(join(p, "sku_id"), "BUTTON_COMPONENT_SKU_ID_REQUIRED", "A sku id is required")
		}
	default:
		if c.CustomID == "" {
			f.add(join(p, "custom_id"), "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED", "A custom id is required")
		}
	}
	f.maxLen(join(p, "custom_id"), c.CustomID, 100)
	f.maxLen(join(p, "label"), c.Label, 80)
	if c.Label == "" && c.Emoji == nil && c.Style != 6 {
		f.add(join(p, "label"), "BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED", "A label or an emoji is required")
	}
}

func validateSelect(f *formErrors, c Component, p string) {
	f.between(join(p, "custom_id"), c.CustomID, 1, 100)
	f.maxLen(join(p, "placeholder"), c.Placeholder, 150)
	if c.MaxValues > 25 {
		f.add(join(p, "max_values"), "NUMBER_TYPE_MAX", "int value should be less than or equal to 25.")
	}
	if c.MinValues != nil && (*c.MinValues < 0 || *c.MinValues > 25) {
		f.add(join(p, "min_values"), "NUMBER_TYPE_MAX", "int value should be between 0 and 25.")
	}
	if c.Type != 3 {
		return
	}
	if len(c.Options) < 1 || len(c.Options) > 25 {
		f.add(join(p, "options"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.")
	}
	if c.MaxValues > len(c.Options) {
		f.add(join(p, "max_values"), "SELECT_COMPONENT_MAX_VALUES_EXCEEDED", "max_values must be at most the number of options")
	}
	values := map[string]bool{}
	for k, o := range c.Options {
		op := join(p, "options", k)
		f.between(join(op, "label"), o.Label, 1, 100)
		f.between(join(op, "value"), o.Value, 1, 100)
		f.maxLen(join(op, "description"), o.Description, 100)
		if values[o.Value] {
			f.add(join(op, "value"), "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED", "Option values must be unique")
		}
		values[o.Value] = true
	}
}

// validateModal checks an InteractionResponseModal's data: up to five action
// rows, each holding exactly one text input.
func validateModal(f *formErrors, m *messageBody) {
	f.between("data.custom_id", m.CustomID, 1, 100)
	f.between("data.title", m.Title, 1, 45)
	var rows []Component
	if m.Components != nil {
		rows = *m.Components
	}
	if len(rows) < 1 || len(rows) > 5 {
		f.add("data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.")
	}
	seen := map[string]bool{}
	for i, row := range rows {
		p := join("data.components", i)
		if row.Type != 1 || len(row.Components) != 1 {
			f.add(p, "MODAL_ROW_INVALID", "A modal row must be an action row holding one text input")
			continue
		}
		ti := row.Components[0]
		cp := join(p, "components", 0)
		if ti.Type != 4 {
			f.add(join(cp, "type"), "UNION_TYPE_CHOICES", `Value of field "type" must be one of (4,).`)
			continue
		}
		f.between(join(cp, "custom_id"), ti.CustomID, 1, 100)
		f.between(join(cp, "label"), ti.Label, 1, 45)
		f.maxLen(join(cp, "value"), ti.Value, 4000)
		f.maxLen(join(cp, "placeholder"), ti.Placeholder, 100)
		if ti.Style != 1 && ti.Style != 2 {
			f.add(join(cp, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.")
		}
		if ti.MinLength < 0 || ti.MinLength > 4000 || ti.MaxLength < 0 || ti.MaxLength > 4000 {
			f.add(join(cp, "max_length"), "NUMBER_TYPE_MAX", "int value should be between 0 and 4000.")
		}
		checkDuplicate(f, seen, ti.CustomID, join(cp, "custom_id"))
	}
}
