package db

// Hooks for the external tests of this package.
var (
	MigrateTo       = migrateTo
	CreateAgreement = createAgreement
)
