package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
)

// profileRow is one stored deficit profile in a list.
type profileRow struct {
	ID      int
	Name    string
	Stored  string
	By      string
	URL     string
	Current bool
}

// profileTable lists an authority's stored profiles, newest first.
type profileTable struct {
	Authority string
	Rows      []profileRow
}

// storedProfiles lists the profiles stored for an authority (ONS code),
// marking the one with ID current.
func (s *Server) storedProfiles(ctx context.Context, au *benchmark.Authority, current int) (profileTable, error) {
	t := profileTable{Authority: au.Place()}
	list, err := s.Profiles.FindProfiles(ctx, benchmark.ProfileFilter{AuthorityCode: &au.ONSCode})
	if err != nil {
		return t, err
	}
	for _, p := range list {
		t.Rows = append(t.Rows, profileRow{
			ID: p.ID, Name: p.Name, Stored: when(p.CreatedAt), By: p.CreatedBy,
			URL: fmt.Sprintf("/model/generic?profile=%d", p.ID), Current: p.ID == current,
		})
	}
	return t, nil
}

// showGenericModel fills the generic page for a GET: a stored profile
// projected (?profile=ID), or the form for an authority (?authority=CODE)
// with its stored profiles listed, or the bare form.
func (s *Server) showGenericModel(c echo.Context, page *genericPage) error {
	ctx := c.Request().Context()
	if q := c.QueryParam("profile"); q != "" {
		id, err := strconv.Atoi(q)
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("There is no stored profile %q", q))
		}
		sp, err := s.Profiles.FindProfileByID(ctx, id)
		if err != nil {
			return err
		}
		if err := s.mayRead(c, sp.AuthorityCode); err != nil {
			return err
		}
		m, err := s.Models.Open(page.Name, deficit.Options{Profile: sp.Years,
			ProfileName: sp.Name, Authority: sp.Authority.Place(), AuthorityCode: sp.AuthorityCode})
		if err != nil {
			return fmt.Errorf("open stored profile %d: %w", sp.ID, err)
		}
		page.Form = readModelScenarioForm(c.QueryParams())
		page.Aligned = c.QueryParam("align") == alignByAgreement
		calendar := url.Values{}
		for k, v := range c.QueryParams() {
			if k != "align" {
				calendar[k] = v
			}
		}
		aligned := url.Values{"align": {alignByAgreement}}
		for k, v := range calendar {
			aligned[k] = v
		}
		page.CalendarURL, page.AlignURL = "/model/"+page.Name+"?"+calendar.Encode()+"#beside", "/model/"+page.Name+"?"+aligned.Encode()+"#beside"
		sc := page.Form.scenario(m.Inputs(), nil)
		if len(page.Form.Errors) == 0 {
			if err := sc.Validate(m.Inputs()); err != nil {
				page.Form.Errors["scenario"] = err.Error()
			}
		}
		if len(page.Form.Errors) > 0 {
			sc = nil
		}
		if err := page.fillScenario(m, sc); err != nil {
			return err
		}
		page.Fields = page.Form.fields()
		query := ""
		if sc != nil {
			query = scenarioQuery(c.QueryParams())
		}
		if page.Saved, err = s.listScenarios(c, page.Name, sp.AuthorityCode, sp.Authority.Name, query); err != nil {
			return err
		}
		page.Stored, page.Authority = sp, sp.Authority.Place()
		page.Profiles, err = s.storedProfiles(ctx, sp.Authority, sp.ID)
		return err
	}
	if q := strings.TrimSpace(c.QueryParam("authority")); q != "" {
		au, err := s.Authorities.FindAuthority(ctx, q)
		if err != nil {
			return err
		}
		page.Authority = au.Place()
		if !userFrom(c).CanRead(au.ONSCode) {
			return nil
		}
		page.Profiles, err = s.storedProfiles(ctx, au, 0)
		return err
	}
	return nil
}

// uploadGenericModel reads a posted profile and, when an authority is
// given, stores it as made by the editor and redirects to it (someone who
// has not given a display name is sent to give one first); without an
// authority it is only projected, and no name is needed.
// The authority and the file are checked together, so every problem with
// the form is reported at once, and nothing is stored.
func (s *Server) uploadGenericModel(c echo.Context, page *genericPage, p Page) error {
	ctx := c.Request().Context()
	page.Authority = strings.TrimSpace(c.FormValue("authority"))
	var errs []FieldError
	var au *benchmark.Authority
	if page.Authority != "" {
		var err error
		au, err = s.Authorities.FindAuthority(ctx, page.Authority)
		if benchmark.ErrorCode(err) == benchmark.ENOTFOUND {
			msg, err := s.unknownAuthority(ctx, page.Authority)
			if err != nil {
				return err
			}
			errs = append(errs, FieldError{Field: "authority", Message: msg})
		} else if err != nil {
			return err
		}
	}
	name, data, msg := readUploadFile(c, "profile", benchmark.MaxProfileBytes, "Choose a profile CSV file to upload")
	var years []deficit.ProfileYear
	var m deficit.Model
	if msg != "" {
		errs = append(errs, FieldError{Field: "profile", Message: msg})
	} else {
		var perrs []FieldError
		years, m, perrs = s.openUploadedProfile(page.Name, name, data, au)
		errs = append(errs, perrs...)
	}
	var sp *benchmark.Profile
	if len(errs) == 0 && au != nil {
		// Storing is a change like any other: only the authority's editors
		// may, and it is recorded with who made it; whoever is not signed
		// in is asked to first.
		u := userFrom(c)
		if u == nil {
			return s.signInFirst(c, "/model/generic?authority="+url.QueryEscape(au.ONSCode))
		} else if !u.CanEdit(au.ONSCode) {
			return errForbidden
		}
		sp = &benchmark.Profile{AuthorityCode: au.ONSCode, Name: name, Years: years, CreatedBy: u.Actor()}
		if err := s.Profiles.SaveProfile(ctx, sp); benchmark.ErrorCode(err) == benchmark.EINVALID {
			errs = append(errs, FieldError{Field: "profile", Message: benchmark.ErrorMessage(err)})
		} else if err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		page.Page = withErrors(p, errs)
		page.setFieldErrors(errs)
		return s.render(c, http.StatusUnprocessableEntity, "model", page)
	}
	if sp != nil {
		return redirect(c, fmt.Sprintf("/model/generic?profile=%d", sp.ID),
			fmt.Sprintf("%s is stored as %s's profile %d.", name, au.Place(), sp.ID))
	}
	if err := page.fill(m); err != nil {
		return err
	}
	page.Page = p
	return s.render(c, http.StatusOK, "model", page)
}

// unknownAuthority says that q names no authority and offers the closest
// names, as the agreement upload does.
func (s *Server) unknownAuthority(ctx context.Context, q string) (string, error) {
	all, err := s.Authorities.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		return "", err
	}
	msg := fmt.Sprintf("No authority is named or coded %q: give a name, ONS code (e.g. E08000002) or DfE code (e.g. 351).", q)
	if hint := (&ingest.Reference{Authorities: all}).SuggestAuthority(q); hint != "" {
		msg += " " + hint
	}
	return msg, nil
}

// openUploadedProfile reads an uploaded profile file (ingest) and opens
// the model called model over its years, returning every problem in the
// file as a field error.
func (s *Server) openUploadedProfile(model, name string, data []byte, au *benchmark.Authority) ([]deficit.ProfileYear, deficit.Model, []FieldError) {
	years, err := ingest.ReadProfile(bytes.NewReader(data))
	var pe ingest.ProfileErrors
	if errors.As(err, &pe) {
		var out []FieldError
		for _, e := range pe {
			out = append(out, FieldError{Field: "profile", Message: profileProblem(name, e)})
		}
		return nil, nil, out
	} else if err != nil {
		return nil, nil, []FieldError{{Field: "profile", Message: name + ": " + err.Error()}}
	}
	opts := deficit.Options{Profile: years, ProfileName: name}
	if au != nil {
		opts.Authority, opts.AuthorityCode = au.Place(), au.ONSCode
	}
	m, err := s.Models.Open(model, opts)
	if err != nil {
		return nil, nil, []FieldError{{Field: "profile", Message: name + ": " + strings.TrimPrefix(err.Error(), fmt.Sprintf("open deficit model %q: ", model))}}
	}
	return years, m, nil
}

// profileProblem prefixes one problem in a profile with the file's name:
// "bad.csv, line 3, column funding: …", or "bad.csv: the file is empty…".
func profileProblem(name, problem string) string {
	if strings.HasPrefix(problem, "line ") {
		return name + ", " + problem
	}
	return name + ": " + problem
}
