package benchmark

import (
	"context"
	"strconv"
	"time"
)

// PendingUploadLifetime is how long a checked upload waits on the server
// for the person who checked it to confirm the import.
const PendingUploadLifetime = time.Hour

// MaxPendingUploads is how many checked files one account may have waiting
// at once: saving another forgets its oldest, so that nobody fills the
// database with previews.
const MaxPendingUploads = 5

// PendingUpload is an agreement file that passed the preview's checks,
// kept on the server until its uploader confirms the import, so that the
// confirm step posts only a token. Storage holds the token's SHA-256, never
// the token.
type PendingUpload struct {
	// TokenHash is the hex SHA-256 of the token the preview's form holds.
	TokenHash string
	// UserID is the account that uploaded the file; only it may confirm.
	UserID   int
	FileName string
	Data     []byte
	// CreatedAt is set by storage when the upload is saved.
	CreatedAt time.Time
}

// Validate checks that the upload is stored by a hex SHA-256, belongs to
// an account and holds a file.
func (u *PendingUpload) Validate() error {
	switch {
	case !isHexHash(u.TokenHash):
		return Errorf(EINVALID, "A checked upload is stored by its token's SHA-256, in hex.")
	case u.UserID <= 0:
		return Errorf(EINVALID, "A checked upload belongs to an account.")
	case len(u.Data) == 0:
		return Errorf(EINVALID, "A checked upload holds a file.")
	}
	return nil
}

// ExpiresAt is when the upload can no longer be confirmed.
func (u *PendingUpload) ExpiresAt() time.Time { return u.CreatedAt.Add(PendingUploadLifetime) }

// Expired reports whether the upload can no longer be confirmed at now.
func (u *PendingUpload) Expired(now time.Time) bool { return !now.Before(u.ExpiresAt()) }

// PendingUploadKeptFor says PendingUploadLifetime in words, "1 hour".
func PendingUploadKeptFor() string {
	h := int(PendingUploadLifetime / time.Hour)
	if h == 1 {
		return "1 hour"
	}
	return strconv.Itoa(h) + " hours"
}

// The words for a checked upload that cannot be confirmed.
var (
	ErrUploadUnknown      = "The checked file was not found: it has been imported already or was never checked. Upload the file again."
	ErrUploadExpired      = "The checked file has expired: svbench keeps it for " + PendingUploadKeptFor() + " after the check. Upload the file again."
	ErrUploadOtherAccount = "The checked file was uploaded by another account: upload the file yourself to import it."
)

// UploadService keeps checked agreement files between the preview and the
// confirm.
type UploadService interface {
	// SavePendingUpload stores u, setting CreatedAt, and deletes every
	// expired upload and the account's oldest past MaxPendingUploads, in
	// one transaction.
	SavePendingUpload(ctx context.Context, u *PendingUpload) error
	// FindPendingUpload returns the upload stored under tokenHash for the
	// account userID. An unknown or expired token is ENOTFOUND (with
	// ErrUploadUnknown or ErrUploadExpired); another account's upload is
	// EUNAUTHORIZED with ErrUploadOtherAccount.
	FindPendingUpload(ctx context.Context, tokenHash string, userID int) (*PendingUpload, error)
	// DeletePendingUpload removes the upload stored under tokenHash, if
	// any.
	DeletePendingUpload(ctx context.Context, tokenHash string) error
}
