package fakediscord

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
)

// decodeBody fills c.json and c.files from a JSON or multipart/form-data
// body. discordgo sends files as multipart with a payload_json part and
// files[n] parts. A failed reply has a non-zero status.
func decodeBody(c *call, contentType string, raw []byte) reply {
	if len(raw) == 0 {
		return reply{}
	}
	mt, params, _ := mime.ParseMediaType(contentType)
	if mt != "multipart/form-data" {
		if !json.Valid(raw) {
			return apiError(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		}
		c.json = raw
		return reply{}
	}
	mr := multipart.NewReader(bytes.NewReader(raw), params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return apiError(http.StatusBadRequest, 50035, "Invalid Form Body")
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return apiError(http.StatusBadRequest, 50035, "Invalid Form Body")
		}
		switch name := p.FormName(); {
		case name == "payload_json":
			if !json.Valid(data) {
				return apiError(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
			}
			c.json = data
		case strings.HasPrefix(name, "files[") || strings.HasPrefix(name, "file"):
			c.files = append(c.files, upload{field: name, name: p.FileName(),
				contentType: p.Header.Get("Content-Type"), data: data})
		}
	}
	return reply{}
}

// recordedHeaders keeps the headers a test may check. The token is
// replaced, so that recorded requests can be logged.
func recordedHeaders(h http.Header) http.Header {
	out := http.Header{}
	for _, k := range []string{"Content-Type", "User-Agent", "X-Audit-Log-Reason", "X-Discord-Locale"} {
		if v := h.Values(k); len(v) > 0 {
			out[k] = append([]string(nil), v...)
		}
	}
	if a := h.Get("Authorization"); a != "" {
		scheme, _, _ := strings.Cut(a, " ")
		out.Set("Authorization", scheme+" [redacted]")
	}
	return out
}

func fileInfos(us []upload) []File {
	var out []File
	for _, u := range us {
		out = append(out, File{Field: u.field, Name: u.name, ContentType: u.contentType, Size: len(u.data)})
	}
	return out
}

// messageBody is the part of a request that becomes a message: a message
// create or edit, a webhook execute or edit, or an interaction callback's
// data. Pointers tell absent fields (keep on edit) from present ones.
type messageBody struct {
	Content     *string           `json:"content"`
	Embeds      *[]Embed          `json:"embeds"`
	Components  *[]Component      `json:"components"`
	Flags       *int              `json:"flags"`
	Attachments *[]attachmentRef  `json:"attachments"`
	StickerIDs  []string          `json:"sticker_ids"`
	Poll        json.RawMessage   `json:"poll"`
	TTS         bool              `json:"tts"`
	Choices     *[]Choice         `json:"choices"`
	CustomID    string            `json:"custom_id"`
	Title       string            `json:"title"`
	Reference   *messageReference `json:"message_reference"`
	// Nonce is an integer or a string; EnforceNonce asks Discord to return
	// the message already made with it rather than make another.
	Nonce        json.RawMessage `json:"nonce"`
	EnforceNonce bool            `json:"enforce_nonce"`
}

// attachmentRef names an attachment to keep (existing ID) or describes an
// uploaded file (its index as ID).
type attachmentRef struct {
	ID       json.RawMessage `json:"id"`
	Filename string          `json:"filename"`
}

type messageReference struct {
	MessageID string `json:"message_id"`
}

// parseMessageBody decodes b; a type mismatch is reported like Discord does
// for a field of the wrong type.
func parseMessageBody(b []byte) (*messageBody, *formErrors) {
	var m messageBody
	if len(b) == 0 || string(b) == "null" {
		return &m, nil
	}
	if err := json.Unmarshal(b, &m); err != nil {
		fe := &formErrors{}
		fe.add(typeErrorPath(err), "BASE_TYPE_INVALID", "Invalid value: "+err.Error())
		return nil, fe
	}
	return &m, nil
}

func typeErrorPath(err error) string {
	if te, ok := err.(*json.UnmarshalTypeError); ok && te.Field != "" {
		return te.Field
	}
	return "_root"
}

func (m *messageBody) content() string {
	if m.Content == nil {
		return ""
	}
	return *m.Content
}

func (m *messageBody) hasBody(files int) bool {
	// Discord trims content: whitespace alone is an empty message.
	return strings.TrimSpace(m.content()) != "" || (m.Embeds != nil && len(*m.Embeds) > 0) ||
		(m.Components != nil && len(*m.Components) > 0) || files > 0 ||
		len(m.StickerIDs) > 0 || (len(m.Poll) > 0 && string(m.Poll) != "null")
}
