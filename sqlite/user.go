package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// UserService stores accounts and their password hashes.
type UserService struct{ db *DB }

// NewUserService returns a UserService over db.
func NewUserService(db *DB) *UserService { return &UserService{db: db} }

var _ benchmark.UserService = (*UserService)(nil)

// CreateUser normalises, validates and stores u with passwordHash, setting
// u.ID and u.CreatedAt.
func (s *UserService) CreateUser(ctx context.Context, u *benchmark.User, passwordHash string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.createUser(ctx, u, passwordHash); err != nil {
		return err
	}
	return tx.Commit()
}

// FindUserByID returns one account or ENOTFOUND.
func (s *UserService) FindUserByID(ctx context.Context, id int) (*benchmark.User, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findUserByID(ctx, id)
}

// FindUserByEmail returns the account with that email, in any case, or
// ENOTFOUND.
func (s *UserService) FindUserByEmail(ctx context.Context, email string) (*benchmark.User, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findUserByEmail(ctx, email)
}

// FindUsers returns one page of matching accounts ordered by email, and
// how many match in all.
func (s *UserService) FindUsers(ctx context.Context, filter benchmark.UserFilter) ([]*benchmark.User, int, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return tx.findUsers(ctx, filter)
}

// UpdateUser applies upd to the account in one transaction, ending its
// sessions when it is disabled.
func (s *UserService) UpdateUser(ctx context.Context, id int, upd benchmark.UserUpdate) (*benchmark.User, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	u, err := tx.updateUser(ctx, id, upd)
	if err != nil {
		return nil, err
	}
	return u, tx.Commit()
}

// SetPasswordHash replaces the account's password hash and ends its
// sessions, in one transaction.
func (s *UserService) SetPasswordHash(ctx context.Context, id int, passwordHash string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if passwordHash == "" {
		return benchmark.Errorf(benchmark.EINVALID, "An account needs a password.")
	}
	if _, err := tx.findUserByID(ctx, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?`,
		passwordHash, tx.nowText(), id); err != nil {
		return fmt.Errorf("set password of account %d: %w", id, err)
	}
	if err := tx.deleteUserSessions(ctx, id); err != nil {
		return err
	}
	return tx.Commit()
}

// FindPasswordHash returns the account with that email and its stored
// hash, or ENOTFOUND; disabled accounts are returned too.
func (s *UserService) FindPasswordHash(ctx context.Context, email string) (*benchmark.User, string, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	u, err := tx.findUserByEmail(ctx, email)
	if err != nil {
		return nil, "", err
	}
	var hash string
	if err := tx.QueryRowContext(ctx, `SELECT password_hash FROM users WHERE id = ?`, u.ID).Scan(&hash); err != nil {
		return nil, "", fmt.Errorf("find password of %s: %w", u.Email, err)
	}
	return u, hash, nil
}

func (tx *Tx) createUser(ctx context.Context, u *benchmark.User, passwordHash string) error {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return err
	} else if passwordHash == "" {
		return benchmark.Errorf(benchmark.EINVALID, "An account needs a password.")
	}
	if err := tx.checkNewUser(ctx, u, 0); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `
		INSERT INTO users (email, display_name, role, national, password_hash, disabled, created_at, created_by, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		u.Email, u.DisplayName, string(u.Role), u.National, passwordHash, u.Disabled, tx.nowText(), u.CreatedBy, tx.nowText())
	if err != nil {
		return fmt.Errorf("create account %s: %w", u.Email, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("create account %s: %w", u.Email, err)
	}
	u.ID, u.CreatedAt = int(id), tx.now
	return tx.setUserAuthorities(ctx, u)
}

// checkNewUser refuses an email another account (not id) holds and
// authority codes that name no authority.
func (tx *Tx) checkNewUser(ctx context.Context, u *benchmark.User, id int) error {
	var other int
	err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE email = ? AND id <> ?`, u.Email, id).Scan(&other)
	switch {
	case err == nil:
		return benchmark.Errorf(benchmark.ECONFLICT, "There is already an account for %s.", u.Email)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("check account %s: %w", u.Email, err)
	}
	for _, code := range u.Authorities {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM authorities WHERE ons_code = ?`, code).Scan(&n); err != nil {
			return fmt.Errorf("check authority %s: %w", code, err)
		} else if n == 0 {
			return benchmark.Errorf(benchmark.EINVALID, "No authority has the ONS code %q.", code)
		}
	}
	return nil
}

// setUserAuthorities replaces the account's authorities with u.Authorities.
func (tx *Tx) setUserAuthorities(ctx context.Context, u *benchmark.User) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM user_authorities WHERE user_id = ?`, u.ID); err != nil {
		return fmt.Errorf("set authorities of %s: %w", u.Email, err)
	}
	for _, code := range u.Authorities {
		if _, err := tx.ExecContext(ctx, `INSERT INTO user_authorities (user_id, authority_code) VALUES (?, ?)`, u.ID, code); err != nil {
			return fmt.Errorf("set authorities of %s: %w", u.Email, err)
		}
	}
	return nil
}

func (tx *Tx) updateUser(ctx context.Context, id int, upd benchmark.UserUpdate) (*benchmark.User, error) {
	u, err := tx.findUserByID(ctx, id)
	if err != nil {
		return nil, err
	}
	wasAdmin := u.CanManage()
	u.Apply(upd)
	u.Normalize()
	if err := u.Validate(); err != nil {
		return nil, err
	}
	if err := tx.checkNewUser(ctx, u, u.ID); err != nil {
		return nil, err
	}
	if wasAdmin && !u.CanManage() {
		if n, err := tx.countAdmins(ctx, u.ID); err != nil {
			return nil, err
		} else if n == 0 {
			return nil, benchmark.Errorf(benchmark.ECONFLICT, "%s is the only admin: make another admin first.", u.Email)
		}
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE users SET email = ?, display_name = ?, role = ?, national = ?, disabled = ?, updated_at = ? WHERE id = ?`,
		u.Email, u.DisplayName, string(u.Role), u.National, u.Disabled, tx.nowText(), u.ID); err != nil {
		return nil, fmt.Errorf("update account %s: %w", u.Email, err)
	}
	if err := tx.setUserAuthorities(ctx, u); err != nil {
		return nil, err
	}
	if u.Disabled {
		if err := tx.deleteUserSessions(ctx, u.ID); err != nil {
			return nil, err
		}
	}
	return u, nil
}

// countAdmins counts enabled admins other than the account except.
func (tx *Tx) countAdmins(ctx context.Context, except int) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE role = ? AND disabled = 0 AND id <> ?`,
		string(benchmark.RoleAdmin), except).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count admins: %w", err)
	}
	return n, nil
}

func (tx *Tx) findUserByID(ctx context.Context, id int) (*benchmark.User, error) {
	list, _, err := tx.findUsers(ctx, benchmark.UserFilter{ID: &id})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Account %d not found.", id)
	}
	return list[0], nil
}

func (tx *Tx) findUserByEmail(ctx context.Context, email string) (*benchmark.User, error) {
	list, _, err := tx.findUsers(ctx, benchmark.UserFilter{Email: &email})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "There is no account for %s.", benchmark.NormalizeEmail(email))
	}
	return list[0], nil
}

func (tx *Tx) findUsers(ctx context.Context, filter benchmark.UserFilter) ([]*benchmark.User, int, error) {
	where, args := []string{"1 = 1"}, []any{}
	if v := filter.ID; v != nil {
		where, args = append(where, "u.id = ?"), append(args, *v)
	}
	if v := filter.Email; v != nil {
		where, args = append(where, "u.email = ?"), append(args, benchmark.NormalizeEmail(*v))
	}
	if v := filter.Role; v != nil {
		where, args = append(where, "u.role = ?"), append(args, string(*v))
	}
	if v := filter.Authority; v != nil {
		where = append(where, "EXISTS (SELECT 1 FROM user_authorities ua WHERE ua.user_id = u.id AND ua.authority_code = ?)")
		args = append(args, strings.ToUpper(strings.TrimSpace(*v)))
	}
	if v := filter.Disabled; v != nil {
		where, args = append(where, "u.disabled = ?"), append(args, *v)
	}
	cond := strings.Join(where, " AND ")
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users u WHERE `+cond, args...).Scan(&n); err != nil {
		return nil, 0, fmt.Errorf("count accounts: %w", err)
	}
	limit := -1
	if filter.Limit > 0 {
		limit = filter.Limit
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT u.id, u.email, u.display_name, u.role, u.national, u.disabled, u.created_at, u.created_by
		FROM users u WHERE `+cond+` ORDER BY u.email, u.id LIMIT ? OFFSET ?`, append(args, limit, max(filter.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("find accounts: %w", err)
	}
	defer rows.Close()
	var list []*benchmark.User
	for rows.Next() {
		u := &benchmark.User{}
		var role, created string
		if err := rows.Scan(&u.ID, &u.Email, &u.DisplayName, &role, &u.National, &u.Disabled, &created, &u.CreatedBy); err != nil {
			return nil, 0, fmt.Errorf("find accounts: %w", err)
		}
		u.Role, u.CreatedAt = benchmark.Role(role), parseTime(created)
		list = append(list, u)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find accounts: %w", err)
	}
	for _, u := range list {
		if u.Authorities, err = tx.userAuthorities(ctx, u.ID); err != nil {
			return nil, 0, err
		}
	}
	return list, n, nil
}

// userAuthorities returns the ONS codes the account works for, in order.
func (tx *Tx) userAuthorities(ctx context.Context, id int) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT authority_code FROM user_authorities WHERE user_id = ? ORDER BY authority_code`, id)
	if err != nil {
		return nil, fmt.Errorf("find authorities of account %d: %w", id, err)
	}
	defer rows.Close()
	codes := []string{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("find authorities of account %d: %w", id, err)
		}
		codes = append(codes, c)
	}
	return codes, rows.Err()
}
