package web

import "encoding/base64"

func decode(s string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	return string(b), err
}

func encode(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
