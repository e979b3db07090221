package db

import "time"

// Session is one signed-in browser (DESIGN.md §3 rule 6: replicas share it).
// ID is the hex SHA-256 of the random cookie token, so a database dump does
// not hand out live sessions. IDToken and RefreshToken are sealed (AES-GCM)
// by the identity package; PersonID is nil while the IdP identity is not in
// the directory ("not registered").
type Session struct {
	ID           string `gorm:"primaryKey;size:64"`
	PersonID     *int64 `gorm:"index"`
	Subject      string `gorm:"size:255;not null"`
	UserKey      string `gorm:"size:254;not null;default:''"` // value of OIDC_USER_CLAIM
	Email        string `gorm:"size:254;not null;default:''"`
	Name         string `gorm:"size:200;not null;default:''"`
	Roles        string `gorm:"size:200;not null;default:''"` // comma-separated Zielwerk roles
	Demo         bool   `gorm:"not null;default:false"`
	IDToken      string `gorm:"type:text;not null;default:''"`
	RefreshToken string `gorm:"type:text;not null;default:''"`
	TokenExpiry  *time.Time
	CreatedAt    time.Time `gorm:"not null"`
	LastSeenAt   time.Time `gorm:"not null;index"`
	ExpiresAt    time.Time `gorm:"not null;index"`
	Version      int       `gorm:"not null;default:1"`
}
