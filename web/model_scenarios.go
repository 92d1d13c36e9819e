package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
)

// savedScenarioRow is one saved scenario in the model page's list.
type savedScenarioRow struct {
	ID                  int
	Name, Authority, By string
	Saved, RunURL       string
	DeleteURL           string
	Deletable, Current  bool
}

// savedScenarios is the model page's list of saved scenarios and, for an
// editor of the model's authority, the form that saves the one just run.
type savedScenarios struct {
	Model string
	Rows  []savedScenarioRow
	// SignedIn says whether the visitor may see saved scenarios at all.
	SignedIn bool
	// CanSave is set when the visitor edits the model's authority and a
	// scenario was run; Query is that scenario's settings.
	CanSave   bool
	Query     string
	Authority string
	NameValue string
	NameError string
	CSRF      string
}

// scenarioQuery is the scenario form's settings in v as a query string,
// only the form's own fields, in a stable order.
func scenarioQuery(v url.Values) string {
	out := url.Values{}
	for _, k := range []string{"profile", "preset", "slip_years", "delivery_pct", "funding_uplift_pct", "spend_growth_pct", "transfers_pct", "withhold"} {
		for _, x := range v[k] {
			if x = strings.TrimSpace(x); x != "" {
				out.Add(k, x)
			}
		}
	}
	return out.Encode()
}

// readScope lists the authorities u may read saved scenarios of: nil for
// every one, empty for none.
func readScope(u *benchmark.User) []string {
	return u.ReadScope(benchmark.AssessmentFilter{}).AuthorityCodes
}

// listScenarios fills the saved scenarios of model that the visitor may
// read, marking the one whose settings are query.
func (s *Server) listScenarios(c echo.Context, model, authorityCode, authority, query string) (savedScenarios, error) {
	u := userFrom(c)
	out := savedScenarios{Model: model, SignedIn: u != nil, Authority: authority, Query: query}
	if u == nil {
		return out, nil
	}
	out.CSRF = s.page(c, "", "").CSRF
	out.CanSave = query != "" && authorityCode != "" && u.CanEdit(authorityCode)
	list, err := s.Scenarios.FindScenarios(c.Request().Context(), benchmark.SavedScenarioFilter{Model: &model, AuthorityCodes: readScope(u)})
	if err != nil {
		return out, err
	}
	for _, sc := range list {
		out.Rows = append(out.Rows, savedScenarioRow{
			ID: sc.ID, Name: sc.Name, Authority: sc.Authority.Name, By: sc.CreatedBy,
			Saved: benchmark.DateTime(sc.CreatedAt), RunURL: export.ScenarioLink(sc),
			DeleteURL: fmt.Sprintf("/model/%s/scenarios/%d/delete", url.PathEscape(model), sc.ID),
			Deletable: u.CanEdit(sc.AuthorityCode), Current: query != "" && sc.Query == query,
		})
	}
	return out, nil
}

// scenarioAuthority says whose a scenario of model with the settings in q
// is: the authority of the stored profile it names for a model that needs
// one, the model's own authority otherwise.
func (s *Server) scenarioAuthority(c echo.Context, model string, q url.Values) (string, error) {
	a, ok := s.Models.About(model)
	if !ok {
		return "", echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("There is no deficit model called %q", model))
	}
	if !a.NeedsProfile {
		m, err := s.Models.Open(model, deficit.Options{})
		if err != nil {
			return "", err
		}
		return m.Info().AuthorityCode, nil
	}
	id, err := strconv.Atoi(q.Get("profile"))
	if err != nil {
		return "", echo.NewHTTPError(http.StatusUnprocessableEntity, "Choose a stored profile to keep a scenario of it.")
	}
	p, err := s.Profiles.FindProfileByID(c.Request().Context(), id)
	if err != nil {
		return "", err
	}
	return p.AuthorityCode, nil
}

// handleScenarioSave keeps the scenario just run under the name given,
// for the model's authority; only that authority's editors may.
func (s *Server) handleScenarioSave(c echo.Context) error {
	model := c.Param("name")
	q, err := url.ParseQuery(c.FormValue("query"))
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "The scenario's settings could not be read.")
	}
	code, err := s.scenarioAuthority(c, model, q)
	if err != nil {
		return err
	}
	u := userFrom(c)
	if !u.CanEdit(code) {
		return errForbidden
	}
	query := scenarioQuery(q)
	name := strings.TrimSpace(c.FormValue("scenario_name"))
	msg := ""
	switch {
	case query == "" || query == url.Values{"profile": q["profile"]}.Encode():
		msg = "Run a scenario before saving it."
	case name == "":
		msg = "Enter a name for the scenario."
	case len([]rune(name)) > benchmark.MaxScenarioNameLength:
		msg = fmt.Sprintf("The name must be %d characters or fewer.", benchmark.MaxScenarioNameLength)
	}
	if msg == "" {
		sc := &benchmark.SavedScenario{AuthorityCode: code, Model: model, Name: name, Query: query, CreatedBy: u.Actor()}
		err := s.Scenarios.SaveScenario(c.Request().Context(), sc)
		if err == nil {
			return c.Redirect(http.StatusSeeOther, export.ScenarioLink(sc))
		}
		if benchmark.ErrorCode(err) != benchmark.EINVALID {
			return err
		}
		msg = benchmark.ErrorMessage(err)
	}
	return s.refuseScenario(c, model, q, name, msg)
}

// refuseScenario shows the model page again with the save form's error
// beside its field; nothing was stored.
func (s *Server) refuseScenario(c echo.Context, model string, q url.Values, name, msg string) error {
	if a, _ := s.Models.About(model); a.NeedsProfile {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, msg)
	}
	page, _, err := s.buildModelPage(model, q)
	if err != nil {
		return err
	}
	page.Page = withErrors(s.page(c, page.Info.Title, "model"), []FieldError{{Field: "scenario_name", Message: msg}})
	if page.Saved, err = s.listScenarios(c, model, page.Info.AuthorityCode, page.Info.Authority, scenarioQuery(q)); err != nil {
		return err
	}
	page.Saved.NameValue, page.Saved.NameError = name, msg
	return s.render(c, http.StatusUnprocessableEntity, "model", page)
}

// handleScenarioDelete removes a saved scenario; only its authority's
// editors may.
func (s *Server) handleScenarioDelete(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	list, err := s.Scenarios.FindScenarios(c.Request().Context(), benchmark.SavedScenarioFilter{ID: &id})
	if err != nil {
		return err
	}
	if len(list) == 0 || list[0].Model != c.Param("name") {
		return echo.NewHTTPError(http.StatusNotFound, "There is no such saved scenario: it may have been deleted already.")
	}
	if !userFrom(c).CanEdit(list[0].AuthorityCode) {
		return errForbidden
	}
	if err := s.Scenarios.DeleteScenario(c.Request().Context(), id); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/model/"+url.PathEscape(list[0].Model)+"#saved-scenarios")
}

// handleScenariosExport downloads the saved scenarios of a model the
// account may read, as CSV or XLSX.
func (s *Server) handleScenariosExport(kind string) echo.HandlerFunc {
	return func(c echo.Context) error {
		model := c.Param("name")
		if _, ok := s.Models.About(model); !ok {
			return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("There is no deficit model called %q", model))
		}
		list, err := s.Scenarios.FindScenarios(c.Request().Context(), benchmark.SavedScenarioFilter{Model: &model, AuthorityCodes: readScope(userFrom(c))})
		if err != nil {
			return err
		}
		name := fileName(model, "scenarios")
		if kind == "csv" {
			return download(c, name+".csv", mimeCSV, func(buf *bytes.Buffer) error { return export.WriteScenariosCSV(buf, list) })
		}
		return download(c, name+".xlsx", mimeXLSX, func(buf *bytes.Buffer) error {
			return export.WriteScenariosXLSX(buf, model, list, time.Now())
		})
	}
}
