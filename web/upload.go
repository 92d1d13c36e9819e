package web

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// uploadPage is the agreement upload form and, once a file is checked, its
// preview.
type uploadPage struct {
	Page
	FileName string
	// Token names the checked file, kept on the server under its SHA-256
	// until its uploader confirms; the confirm form posts only the token.
	Token    string
	Outcomes []benchmark.ImportOutcome
	// Agreements are the file's agreements as they would be stored, each
	// recommendation with its mappings and, for a suggested one, the
	// choice that replaces the suggestion.
	Agreements []previewAgreement
	Created    int
	Revised    int
	Same       int
	// Register are the register entries the file's agreements attach to.
	Register []*benchmark.RegisterEntry
	// list is every agreement of the file; Outcomes and Agreements list
	// no more than the first maxPreviewOutcomes and maxPreviewRows.
	list []*benchmark.Agreement
}

// Total counts the file's agreements.
func (p uploadPage) Total() int { return len(p.list) }

// agreementStore adapts the page services to what an import needs.
type agreementStore struct {
	benchmark.AuthorityService
	benchmark.ThemeService
	benchmark.AgreementService
}

func (s *Server) agreementStore() agreementStore {
	return agreementStore{s.Authorities, s.Themes, s.Agreements}
}

// handleUploadForm shows the agreement upload form.
func (s *Server) handleUploadForm(c echo.Context) error {
	return s.render(c, http.StatusOK, "upload", uploadPage{Page: s.page(c, "Upload an agreement", "upload")})
}

// handleUploadPreview checks an uploaded file whole, keeps it on the
// server under a new token bound to the account, and shows what importing
// it would create, change and leave alone, or every problem.
func (s *Server) handleUploadPreview(c echo.Context) error {
	p := uploadPage{Page: s.page(c, "Upload an agreement", "upload")}
	name, data, msg := readUploadFile(c, "file", ingest.MaxFileSize, "Select a CSV or Excel file")
	if msg != "" {
		p.Errors = []FieldError{{Field: "file", Message: msg}}
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	}
	ctx := c.Request().Context()
	list, err := ingest.PrepareAgreements(ctx, s.agreementStore(), data)
	if errs := problemErrors(err, "file"); errs != nil {
		p.Errors = errs
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	} else if err != nil {
		return err
	}
	token := auth.NewToken()
	up := &benchmark.PendingUpload{TokenHash: auth.HashToken(token), UserID: userFrom(c).ID, FileName: name, Data: data}
	if err := s.Uploads.SavePendingUpload(ctx, up); err != nil {
		return err
	}
	p.FileName, p.Token = name, token
	return s.renderPreview(c, http.StatusOK, p, list, nil)
}

// renderPreview shows what importing list would do, with the review
// choices posted (nil before any).
func (s *Server) renderPreview(c echo.Context, status int, p uploadPage, list []*benchmark.Agreement, posted *previewChoices) error {
	ctx := c.Request().Context()
	res, err := s.Agreements.ImportAgreements(ctx, list, true)
	if err != nil {
		return err
	}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	p.Title = "Check the import"
	p.list, p.Agreements = list, previewAgreements(list, choices(tax), posted)
	if p.Register, err = s.registerEntriesOf(c, list); err != nil {
		return err
	}
	p.fill(res)
	return s.render(c, status, "upload_preview", p)
}

// handleUploadConfirm imports the checked file the posted token names, in
// one transaction, with the theme choices made on the preview stored as
// reviewed by the account; then forgets the file. A token unknown, expired
// or another account's writes nothing.
func (s *Server) handleUploadConfirm(c echo.Context) error {
	p := uploadPage{Page: s.page(c, "Upload an agreement", "upload")}
	ctx := c.Request().Context()
	token := strings.TrimSpace(c.FormValue("upload"))
	if token == "" {
		p.Errors = []FieldError{{Field: "file", Message: benchmark.ErrUploadUnknown}}
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	}
	u := userFrom(c)
	up, err := s.Uploads.FindPendingUpload(ctx, auth.HashToken(token), u.ID)
	if code := benchmark.ErrorCode(err); code == benchmark.ENOTFOUND || code == benchmark.EUNAUTHORIZED {
		p.Errors = []FieldError{{Field: "file", Message: benchmark.ErrorMessage(err)}}
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	} else if err != nil {
		return err
	}
	list, err := ingest.PrepareAgreements(ctx, s.agreementStore(), up.Data)
	if errs := problemErrors(err, "file"); errs != nil {
		p.Errors = errs
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	} else if err != nil {
		return err
	}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	posted := readPreviewChoices(c, list)
	if errs := posted.apply(tax, list, u.Actor()); errs != nil {
		p.FileName, p.Token, p.Errors = up.FileName, token, errs
		return s.renderPreview(c, http.StatusUnprocessableEntity, p, list, posted)
	}
	from := ingest.FromFile(up.FileName, u.Actor())
	for _, a := range list {
		a.Provenance = from
	}
	res, err := s.Agreements.ImportAgreements(ctx, list, false)
	if err != nil {
		return err
	}
	if err := s.Uploads.DeletePendingUpload(ctx, up.TokenHash); err != nil {
		return err
	}
	p.fill(res)
	msg := "Imported " + up.FileName + ": " + itoa(p.Created) + " created, " + itoa(p.Revised) + " revised, " + itoa(p.Same) + " unchanged."
	return redirect(c, importedURL(res, list), msg)
}

// importedURL is where a confirmed import leads: the one agreement it
// created or revised; the review page filtered to the changed agreements
// when several were and suggestions wait for review among them; else home.
func importedURL(res *benchmark.ImportResult, list []*benchmark.Agreement) string {
	var changed []int
	for _, o := range res.Outcomes {
		if o.Action != benchmark.ImportUnchanged {
			changed = append(changed, o.AgreementID)
		}
	}
	switch {
	case len(changed) == 1:
		return "/agreements/" + itoa(changed[0])
	case len(changed) > 1 && anySuggested(list):
		return mappingsHref(showToReview, changed)
	}
	return "/"
}

// handleUploadTemplate downloads an empty agreement file.
func (s *Server) handleUploadTemplate(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentDisposition, `attachment; filename="svbench-agreement-template.csv"`)
	return c.Blob(http.StatusOK, "text/csv; charset=utf-8", ingest.TemplateCSV())
}

func (p *uploadPage) fill(res *benchmark.ImportResult) {
	p.Outcomes = res.Outcomes[:min(len(res.Outcomes), maxPreviewOutcomes)]
	p.Created, p.Revised, p.Same = res.Count(benchmark.ImportCreated), res.Count(benchmark.ImportRevised), res.Count(benchmark.ImportUnchanged)
}

// readUploadFile reads the named field of a multipart form, whole and up to
// maxBytes, or returns a message for the person uploading: missing when no
// file was chosen.
func readUploadFile(c echo.Context, field string, maxBytes int64, missing string) (name string, data []byte, msg string) {
	fh, err := c.FormFile(field)
	if err != nil {
		return "", nil, missing
	}
	tooBig := "The selected file must be smaller than " + sizeText(maxBytes)
	if fh.Size > maxBytes {
		return fh.Filename, nil, tooBig
	}
	f, err := fh.Open()
	if err != nil {
		return fh.Filename, nil, "The selected file could not be read: upload it again"
	}
	defer f.Close()
	if data, err = io.ReadAll(io.LimitReader(f, maxBytes+1)); err != nil {
		return fh.Filename, nil, "The selected file could not be read: upload it again"
	}
	if int64(len(data)) > maxBytes {
		return fh.Filename, nil, tooBig
	}
	if len(data) == 0 {
		return fh.Filename, nil, "The selected file is empty"
	}
	return fh.Filename, data, ""
}

// sizeText writes n bytes in whole megabytes when it is one, else in bytes.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// problemErrors turns a file's problems into error-summary entries, each
// with its line and column, all linked to the file input. It returns nil
// when err is not a list of problems.
func problemErrors(err error, field string) []FieldError {
	var ps ingest.Problems
	if !errors.As(err, &ps) {
		return nil
	}
	out := make([]FieldError, len(ps))
	for i, p := range ps {
		msg := p.String()
		out[i] = FieldError{Field: field, Message: strings.ToUpper(msg[:1]) + msg[1:]}
	}
	return out
}
