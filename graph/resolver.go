// Package graph is the GraphQL layer: schema files, thin resolvers and the
// per-request loaders. Resolvers ask loaders and the db layer; they never
// filter protected data by hand.
package graph

//go:generate go tool gqlgen generate

import (
	"gorm.io/gorm"

	"zielwerk/db"
)

// Resolver holds the dependencies every resolver shares.
type Resolver struct {
	DB *gorm.DB
	// Points maps total degrees to LOB points; nil means db.DefaultPointScale.
	Points db.PointScale
}
