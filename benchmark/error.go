package benchmark

import (
	"errors"
	"fmt"
)

// Application error codes. The web layer maps each to an HTTP status in one
// place; the command line shows only the message and exits with status 1.
// Programs read the code with ErrorCode.
const (
	ECONFLICT     = "conflict"
	EINTERNAL     = "internal"
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	EUNAUTHORIZED = "unauthorized"
)

// Error is an application error with a code and a message meant for users.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface. It is the message alone, as people
// read it; the code is for programs (see ErrorCode).
func (e *Error) Error() string {
	return e.Message
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err; internal errors get a
// generic message so that details never leak to users.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
