// Package graph is the GraphQL layer: schema files and thin resolvers.
// Resolvers decode, ask the request's store viewer (and its loaders) and
// encode; they hold no database handle and never filter protected data by
// hand.
package graph

//go:generate go tool gqlgen generate

import (
	"zielwerk/identity"
)

// Resolver holds the dependencies every resolver shares; the data comes
// from the request's store viewer (viewer.go).
type Resolver struct {
	// RoleMapping is the sign-in's role configuration (Query.roleMapping).
	RoleMapping identity.RoleMapping
}
