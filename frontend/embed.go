// Package frontend embeds the built single-page app (frontend/dist), so the
// binary serves it without Node.js.
package frontend

import "embed"

//go:embed all:dist
var Dist embed.FS
